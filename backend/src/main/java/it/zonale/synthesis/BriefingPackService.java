package it.zonale.synthesis;

import it.zonale.shared.report.Report;
import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import it.zonale.shared.report.ReportPdf;
import it.zonale.table.Table;
import it.zonale.table.TableApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The briefing pack (dossier per i tavoli): the synthesis of a survey as a PDF, with a cover, the
 * context of the ambito and, per table, its questions and figures with their sources. The same
 * suppression as the synthesis applies to whoever downloads it.
 */
@ApplicationScoped
class BriefingPackService {
  private final SynthesisService synthesis;
  private final TableApi tables;

  public BriefingPackService(SynthesisService synthesis, TableApi tables) {
    this.synthesis = synthesis;
    this.tables = tables;
  }

  @Transactional
  public Report report(UUID surveyId, UUID tableId) {
    SynthesisService.Scope scope = synthesis.scope(surveyId, false);
    SurveySynthesis s = synthesis.synthesis(scope, new SynthesisQuery(tableId, null, null, null));
    Map<UUID, String> names = new HashMap<>();
    for (Table t : tables.tablesOfPlan(s.planId())) {
      names.put(t.id(), t.name());
    }
    List<ReportChapter> chapters = new ArrayList<>();
    chapters.add(
        new ReportChapter(
            "nota",
            "Come leggere il dossier",
            List.of(
                new ReportBlock.Paragraph(
                    "Sintesi delle risposte inviate alla rilevazione \""
                        + s.title()
                        + "\"; organizzazioni rispondenti: "
                        + SynthesisFigures.count(s.respondents(), s.respondentsSuppressed())
                        + "."),
                new ReportBlock.Paragraph(
                    s.fullView()
                        ? "Versione per l’Ufficio di Piano: tutte le cifre sono mostrate."
                        : SynthesisReport.SUPPRESSION_NOTE))));
    chapters.add(SynthesisReport.context(s));
    chapters.addAll(SynthesisReport.questions(s, names, tableId));
    String subtitle =
        tableId == null
            ? "Dossier per i tavoli"
            : "Dossier per il tavolo " + names.getOrDefault(tableId, "");
    return new Report(s.title(), subtitle, "it", chapters);
  }

  public byte[] pdf(UUID surveyId, UUID tableId) {
    return ReportPdf.render(report(surveyId, tableId));
  }
}
