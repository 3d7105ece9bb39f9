package it.zonale.synthesis;

import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import it.zonale.shared.text.Italian;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The synthesis as format-neutral report chapters: for the briefing pack and the plan document. */
final class SynthesisReport {
  private SynthesisReport() {}

  static final String SUPPRESSION_NOTE =
      "Le cifre riferite a meno di 3 organizzazioni sono indicate con \"< 3\" e non sono"
          + " pubblicate, a tutela delle singole organizzazioni; per lo stesso motivo possono"
          + " essere nascosti anche un secondo valore della stessa riga o colonna e i totali che"
          + " permetterebbero di ricavarle.";

  static ReportChapter context(SurveySynthesis s) {
    SynthesisContext c = s.context();
    List<List<String>> rows = new ArrayList<>();
    c.subdistricts().forEach(r -> rows.add(contextRow(r)));
    rows.add(contextRow(c.total()));
    List<ReportBlock> blocks = new ArrayList<>();
    blocks.add(
        new ReportBlock.Paragraph(
            "Popolazione e comuni dell’ambito per sub-ambito, accanto al numero di organizzazioni"
                + " che hanno risposto alla rilevazione."));
    blocks.add(
        new ReportBlock.DataTable(
            "Contesto per sub-ambito",
            List.of(
                "Sub-ambito",
                "Popolazione",
                "Comuni",
                "Comuni sotto 5.000 abitanti",
                "Popolazione nei comuni sotto 5.000",
                "Organizzazioni rispondenti"),
            rows,
            c.source()));
    blocks.add(
        new ReportBlock.Paragraph(
            "Indicatori non ancora disponibili in Zonale: "
                + String.join(
                    "; ", c.unavailable().stream().map(SynthesisContext.Missing::label).toList())
                + "."));
    return new ReportChapter("contesto", "Contesto dell’ambito", blocks);
  }

  private static List<String> contextRow(SynthesisContext.Row r) {
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.ITALY);
    if (r.municipalities() == 0 || r.population() == 0) {
      // no comuni (or no figures) for this sub-ambito: not "0 comuni, 0 abitanti, 0,0%"
      String none = "dati non disponibili";
      return List.of(
          r.name(),
          none,
          r.municipalities() == 0 ? none : String.valueOf(r.municipalities()),
          none,
          none,
          SynthesisFigures.count(r.respondents(), r.respondentsSuppressed()));
    }
    return List.of(
        r.name(),
        n.format(r.population()),
        String.valueOf(r.municipalities()),
        String.valueOf(r.smallMunicipalities()),
        n.format(r.smallMunicipalitiesPopulation())
            + (r.smallMunicipalitiesShare() == null
                ? ""
                : " (" + Italian.percent(r.smallMunicipalitiesShare()) + ")"),
        SynthesisFigures.count(r.respondents(), r.respondentsSuppressed()));
  }

  /**
   * Chapters of questions: one per table that has questions (only {@code onlyTable} if given), and
   * one for the questions tied to no table.
   */
  static List<ReportChapter> questions(
      SurveySynthesis s, Map<UUID, String> tableNames, UUID onlyTable) {
    Map<UUID, List<SurveySynthesis.QuestionSynthesis>> byTable = new LinkedHashMap<>();
    for (SurveySynthesis.QuestionSynthesis q : s.questions()) {
      byTable.computeIfAbsent(q.tableId(), k -> new ArrayList<>()).add(q);
    }
    List<ReportChapter> chapters = new ArrayList<>();
    byTable.forEach(
        (table, questions) -> {
          if (onlyTable != null && !onlyTable.equals(table)) {
            return;
          }
          String title =
              table == null
                  ? "Domande generali"
                  : "Tavolo: " + Objects.requireNonNullElse(tableNames.get(table), "tavolo");
          List<ReportBlock> blocks = new ArrayList<>();
          questions.forEach(q -> blocks.addAll(blocks(q, s.source())));
          chapters.add(
              new ReportChapter(table == null ? "generali" : "tavolo-" + table, title, blocks));
        });
    return chapters;
  }

  /** The figures of one question: a heading, the respondents and a table with its source. */
  static List<ReportBlock> blocks(SurveySynthesis.QuestionSynthesis q, String source) {
    List<ReportBlock> blocks = new ArrayList<>();
    blocks.add(new ReportBlock.Heading(3, q.title()));
    blocks.add(
        new ReportBlock.Paragraph(
            "Organizzazioni che hanno risposto: "
                + SynthesisFigures.count(q.respondents(), q.respondentsSuppressed())
                + (q.unit() == null ? "" : ". Unità: " + q.unit())
                + "."));
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        List<List<String>> rows = new ArrayList<>();
        q.options()
            .forEach(
                o ->
                    rows.add(
                        List.of(
                            o.label(),
                            SynthesisFigures.count(o.count(), o.suppressed()),
                            SynthesisFigures.percent(o.share(), o.suppressed()))));
        blocks.add(
            new ReportBlock.DataTable(
                q.title(), List.of("Risposta", "Organizzazioni", "Quota"), rows, source));
      }
      case NUMBER, RATING -> {
        SurveySynthesis.NumberStats st = q.stats();
        blocks.add(
            new ReportBlock.DataTable(
                q.title(),
                List.of("Risposte", "Media", "Mediana", "Minimo", "Massimo"),
                List.of(statsRow(st)),
                source));
      }
      case MATRIX -> {
        List<String> headers = new ArrayList<>();
        headers.add("Voce");
        if (!q.rows().isEmpty()) {
          q.rows().get(0).options().forEach(o -> headers.add(o.label()));
        }
        headers.add("Media");
        headers.add("Mediana");
        List<List<String>> rows = new ArrayList<>();
        for (SurveySynthesis.MatrixRowFigure r : q.rows()) {
          List<String> line = new ArrayList<>();
          line.add(r.label());
          r.options().forEach(o -> line.add(SynthesisFigures.count(o.count(), o.suppressed())));
          line.add(SynthesisFigures.number(r.stats().mean(), r.stats().suppressed()));
          line.add(SynthesisFigures.number(r.stats().median(), r.stats().suppressed()));
          rows.add(line);
        }
        blocks.add(new ReportBlock.DataTable(q.title(), headers, rows, source));
      }
      case DATE -> {
        SurveySynthesis.DateRange d = q.dates();
        boolean h = d == null || d.suppressed();
        blocks.add(
            new ReportBlock.DataTable(
                q.title(),
                List.of("Date indicate", "La più lontana", "La più recente"),
                List.of(
                    List.of(
                        SynthesisFigures.count(d == null ? null : d.n(), h),
                        day(d == null ? null : d.earliest(), h),
                        day(d == null ? null : d.latest(), h))),
                source));
      }
      default ->
          blocks.add(
              new ReportBlock.Paragraph(
                  "Risposta aperta: i testi sono letti dall’Ufficio di Piano e non sono"
                      + " pubblicati."));
    }
    return blocks;
  }

  private static String day(java.time.LocalDate date, boolean hidden) {
    return hidden || date == null ? SynthesisFigures.number(null, hidden) : Italian.date(date);
  }

  private static List<String> statsRow(SurveySynthesis.NumberStats st) {
    boolean h = st.suppressed();
    return List.of(
        SynthesisFigures.count(st.n(), h),
        SynthesisFigures.number(st.mean(), h),
        SynthesisFigures.number(st.median(), h),
        SynthesisFigures.number(st.min(), h),
        SynthesisFigures.number(st.max(), h));
  }
}
