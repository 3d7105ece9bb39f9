package it.zonale.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never appear in the text of a document we write for people: raw enum names, template
 * braces, "null", double spaces, a number followed by the wrong plural, straight apostrophes in our
 * own wording, a percentage not written "85,0%". Returns each problem with a little context.
 */
public final class TypographyScan {
  private TypographyScan() {}

  private static final Pattern ENUM = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]{2,})+\\b");
  private static final Pattern BRACES = Pattern.compile("[{}]");
  private static final Pattern NULL = Pattern.compile("\\bnull\\b");
  // before a table of contents' dot leader the gap is layout, not text
  private static final Pattern DOUBLE_SPACE = Pattern.compile("\\S {2,}[^\\s.]");
  private static final Pattern ONE_WITH_PLURAL =
      Pattern.compile(
          "(?<![\\d.,])1[ \\u00A0](incontri|istanze|comuni|abitanti|tavoli|partecipanti|presenze"
              + "|enti|risposte|voti|persone)\\b");
  private static final Pattern MANY_WITH_SINGULAR =
      Pattern.compile(
          "(?<![\\d.,])(0|[2-9]|\\d{2,})[ \\u00A0](incontro|istanza|tavolo|partecipante|presenza"
              + "|risposta|abitante)\\b");
  private static final Pattern SPLIT_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}\\s+/\\d{4}");
  // every percentage of a number, with whatever spacing and decimals it was written with
  private static final Pattern ANY_PERCENT = Pattern.compile("\\d[\\d.,]*[ \\u00A0\\u202F]*%");
  // the one style of the product (docs/documents.md): "85,0%", "12.345,5%"
  private static final Pattern OUR_PERCENT = Pattern.compile("\\d{1,3}(?:\\.\\d{3})*,\\d%");

  public static List<String> problems(String text) {
    List<String> out = new ArrayList<>();
    for (Pattern p :
        List.of(
            ENUM, BRACES, NULL, DOUBLE_SPACE, ONE_WITH_PLURAL, MANY_WITH_SINGULAR, SPLIT_DATE)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int from = Math.max(0, m.start() - 30);
        int to = Math.min(text.length(), m.end() + 30);
        out.add("«" + m.group() + "» in …" + text.substring(from, to).replace('\n', '⏎') + "…");
      }
    }
    Matcher m = ANY_PERCENT.matcher(text);
    while (m.find()) {
      if (!OUR_PERCENT.matcher(m.group()).matches()) {
        int from = Math.max(0, m.start() - 30);
        int to = Math.min(text.length(), m.end() + 30);
        out.add(
            "percentage «"
                + m.group()
                + "» not as 85,0% in …"
                + text.substring(from, to).replace('\n', '⏎')
                + "…");
      }
    }
    return out;
  }
}
