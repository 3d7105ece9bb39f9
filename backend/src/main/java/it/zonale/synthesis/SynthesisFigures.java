package it.zonale.synthesis;

import it.zonale.shared.text.Italian;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The synthesis flattened to rows of figures, shared by the CSV/XLSX export, the briefing pack and
 * the plan chapter, so that they show the same numbers with the same suppression.
 */
final class SynthesisFigures {
  static final String HIDDEN = "< 3";

  private SynthesisFigures() {}

  static final List<String> HEADINGS =
      List.of(
          "Sezione",
          "Codice domanda",
          "Domanda",
          "Riga",
          "Voce",
          "Organizzazioni",
          "Quota",
          "Media",
          "Mediana",
          "Minimo",
          "Massimo",
          "Soppresso (meno di 3)");

  /** One row per figure; hidden figures are empty with "sì" in the last column. */
  static List<List<Object>> exportRows(SurveySynthesis s) {
    List<List<Object>> out = new ArrayList<>();
    for (SurveySynthesis.QuestionSynthesis q : s.questions()) {
      out.add(row(q, "", "Rispondenti", q.respondents(), null, null, q.respondentsSuppressed()));
      q.options()
          .forEach(o -> out.add(row(q, "", o.label(), o.count(), o.share(), null, o.suppressed())));
      if (q.stats() != null) {
        out.add(row(q, "", "Statistiche", q.stats().n(), null, q.stats(), q.stats().suppressed()));
      }
      for (SurveySynthesis.MatrixRowFigure r : q.rows()) {
        out.add(
            row(
                q,
                r.label(),
                "Rispondenti",
                r.respondents(),
                null,
                null,
                r.respondentsSuppressed()));
        r.options()
            .forEach(
                o ->
                    out.add(
                        row(q, r.label(), o.label(), o.count(), o.share(), null, o.suppressed())));
        out.add(
            row(
                q,
                r.label(),
                "Statistiche",
                r.stats().n(),
                null,
                r.stats(),
                r.stats().suppressed()));
      }
    }
    return out;
  }

  private static List<Object> row(
      SurveySynthesis.QuestionSynthesis q,
      String matrixRow,
      String item,
      Long count,
      Double share,
      SurveySynthesis.NumberStats stats,
      boolean suppressed) {
    return Arrays.asList(
        q.sectionTitle(),
        q.key(),
        q.title(),
        matrixRow,
        item,
        count == null ? null : Math.toIntExact(count),
        share == null ? null : Italian.percent(share),
        stats == null ? null : decimal(stats.mean(), 2),
        stats == null ? null : decimal(stats.median(), 2),
        stats == null ? null : decimal(stats.min(), 2),
        stats == null ? null : decimal(stats.max(), 2),
        suppressed ? "sì" : "");
  }

  /** An Italian decimal ("3,25"), or null. */
  static String decimal(Double value, int digits) {
    if (value == null) {
      return null;
    }
    NumberFormat f = NumberFormat.getNumberInstance(Locale.ITALY);
    f.setMaximumFractionDigits(digits);
    f.setMinimumFractionDigits(0);
    f.setGroupingUsed(false);
    return f.format(value);
  }

  static String count(Long value, boolean suppressed) {
    return suppressed || value == null ? HIDDEN : String.valueOf(value);
  }

  static String percent(Double share, boolean suppressed) {
    return suppressed || share == null ? (suppressed ? HIDDEN : "—") : Italian.percent(share);
  }

  static String number(Double value, boolean suppressed) {
    return suppressed ? HIDDEN : value == null ? "—" : decimal(value, 2);
  }
}
