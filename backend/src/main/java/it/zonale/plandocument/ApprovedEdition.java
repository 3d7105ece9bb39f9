package it.zonale.plandocument;

import it.zonale.approval.Approval;
import it.zonale.approval.ApprovalTotals;
import it.zonale.approval.ApprovalVote;
import it.zonale.approval.VoteChoice;
import it.zonale.shared.report.Report;
import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import it.zonale.shared.text.Italian;
import java.util.ArrayList;
import java.util.List;

/**
 * The editions of a version as reports: the draft says "Bozza" on every page; the approved edition
 * says on its cover that the Assemblea dei Sindaci approved it, with the deliberation, and ends
 * with the approval record (every comune's vote and population, the totals, the rule, the version's
 * SHA-256), so the published file carries its own proof.
 */
final class ApprovedEdition {
  private ApprovedEdition() {}

  static final String DRAFT_MARK = "Bozza";
  static final String APPROVED_COVER = "Versione approvata dall’Assemblea dei Sindaci";

  static Report draft(Report report) {
    return report.withPageMark(DRAFT_MARK);
  }

  static Report approved(Report report, Approval approval, int versionNumber, String sha256) {
    List<String> cover =
        List.of(
            APPROVED_COVER,
            approval.deliberation(),
            "Seduta di " + Italian.longDate(approval.assemblyDate()),
            "Versione " + versionNumber + " del documento");
    List<ReportChapter> chapters = new ArrayList<>(report.chapters());
    chapters.add(record(approval, versionNumber, sha256));
    return new Report(report.title(), report.subtitle(), report.language(), chapters, cover, null);
  }

  static String label(VoteChoice vote) {
    return switch (vote) {
      case IN_FAVOUR -> "Favorevole";
      case AGAINST -> "Contrario";
      case ABSTAINED -> "Astenuto";
      case ABSENT -> "Assente";
    };
  }

  private static ReportChapter record(Approval approval, int versionNumber, String sha256) {
    ApprovalTotals t = approval.totals();
    List<ReportBlock> blocks = new ArrayList<>();
    int comuni = approval.votes().size();
    blocks.add(
        new ReportBlock.Paragraph(
            "L’Assemblea dei Sindaci ha approvato la versione "
                + versionNumber
                + " del documento nella seduta di "
                + Italian.longDate(approval.assemblyDate())
                + " ("
                + approval.deliberation()
                + "). Hanno votato "
                + Italian.plural("{n, plural, one {# comune} other {# comuni}}", comuni)
                + " dell’ambito, ciascuno con il peso della propria popolazione alla data del voto."));
    List<List<String>> rows = new ArrayList<>();
    for (ApprovalVote v : approval.votes()) {
      rows.add(
          List.of(
              v.municipalityName(),
              v.istatCode(),
              Italian.number(v.population()),
              label(v.vote())));
    }
    blocks.add(
        new ReportBlock.DataTable(
            "Il voto di ciascun comune",
            List.of("Comune", "Codice ISTAT", "Popolazione", "Voto"),
            rows,
            "Popolazione: " + approval.populationSource() + "."));
    long total = t.totalPopulation();
    List<List<String>> totals = new ArrayList<>();
    totals.add(totalRow(VoteChoice.IN_FAVOUR, t.inFavour(), t.inFavourPopulation(), total));
    totals.add(totalRow(VoteChoice.AGAINST, t.against(), t.againstPopulation(), total));
    totals.add(totalRow(VoteChoice.ABSTAINED, t.abstained(), t.abstainedPopulation(), total));
    totals.add(totalRow(VoteChoice.ABSENT, t.absent(), t.absentPopulation(), total));
    totals.add(
        List.of(
            "Totale",
            Italian.number(comuni),
            Italian.number(total),
            total == 0 ? "dati non disponibili" : Italian.percent(1)));
    blocks.add(
        new ReportBlock.DataTable(
            "Totali per numero di comuni e per popolazione",
            List.of("Voto", "Comuni", "Popolazione", "Quota della popolazione"),
            totals,
            null));
    blocks.add(new ReportBlock.Heading(2, "La regola di approvazione"));
    blocks.add(
        new ReportBlock.Paragraph(
            "La proposta è approvata se i comuni presenti (tutti tranne gli assenti) rappresentano"
                + " più della metà della popolazione dell’ambito e se i favorevoli rappresentano più"
                + " della metà della popolazione dei comuni votanti (favorevoli e contrari; gli"
                + " astenuti contano solo per il numero legale). Presenti: "
                + Italian.percent(t.presentShare())
                + " della popolazione; favorevoli: "
                + Italian.percent(t.inFavourShare())
                + " della popolazione votante. Esito: "
                + (t.carried() ? "approvato." : "non approvato.")));
    blocks.add(new ReportBlock.Heading(2, "Impronta del documento"));
    blocks.add(
        new ReportBlock.Paragraph(
            "L’impronta SHA-256 del contenuto della versione "
                + versionNumber
                + ", registrata al momento dell’approvazione, è:\n"
                + sha256
                + "\nLa stessa impronta è mostrata accanto alla versione approvata in Zonale; un"
                + " testo diverso, anche di una sola lettera, avrebbe un’impronta diversa."));
    return new ReportChapter("approval-record", "Verbale di approvazione", blocks);
  }

  private static List<String> totalRow(VoteChoice vote, int count, long population, long total) {
    return List.of(
        label(vote),
        Italian.number(count),
        Italian.number(population),
        total == 0 ? "dati non disponibili" : Italian.percent((double) population / total));
  }
}
