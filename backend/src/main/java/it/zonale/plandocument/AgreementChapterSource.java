package it.zonale.plandocument;

import it.zonale.agreement.Agreement;
import it.zonale.agreement.AgreementApi;
import it.zonale.agreement.AgreementStatus;
import it.zonale.agreement.KindCount;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.report.PlanChapterSource;
import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import it.zonale.shared.text.Italian;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Chapter "L'accordo di programma" (500): the accordo, its signatories and the adhesions. */
@ApplicationScoped
class AgreementChapterSource implements PlanChapterSource {
  /** "23 settembre 2021" with non-breaking spaces: a date never splits across lines. */
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d\u00A0MMMM\u00A0yyyy", java.util.Locale.ITALIAN);

  private final AgreementApi agreements;

  public AgreementChapterSource(AgreementApi agreements) {
    this.agreements = agreements;
  }

  @Override
  public int order() {
    return 500;
  }

  @Override
  public Optional<ReportChapter> chapter(UUID planId, Locale locale) {
    Agreement agreement;
    try {
      agreement = agreements.readableAgreement(planId);
    } catch (DomainException.NotFound none) {
      return Optional.empty();
    }
    List<ReportBlock> blocks = new ArrayList<>();
    StringBuilder intro = new StringBuilder(agreement.title()).append('.');
    if (agreement.status() == AgreementStatus.SIGNED && agreement.signedOn() != null) {
      intro.append(" Sottoscritto il ").append(agreement.signedOn().format(DATE)).append('.');
    } else {
      intro.append(" In corso di definizione.");
    }
    if (agreement.deliberationReference() != null) {
      intro.append(" Riferimento: ").append(agreement.deliberationReference()).append('.');
    }
    if (agreement.validFrom() != null && agreement.validTo() != null) {
      intro
          .append(" Validità dal ")
          .append(agreement.validFrom().format(DATE))
          .append(" al ")
          .append(agreement.validTo().format(DATE))
          .append('.');
    }
    blocks.add(new ReportBlock.Paragraph(intro.toString()));
    if (agreement.summary() != null && !agreement.summary().isBlank()) {
      blocks.add(new ReportBlock.Paragraph(agreement.summary()));
    }
    if (!agreement.signatories().isEmpty()) {
      blocks.add(new ReportBlock.Heading(2, "I firmatari"));
      blocks.add(
          new ReportBlock.DataTable(
              "Enti firmatari dell’accordo",
              List.of("Ente", "Tipo", "Firmato da", "Data"),
              agreement.signatories().stream()
                  .map(
                      s ->
                          List.of(
                              s.name(),
                              s.kind().label(),
                              s.signatoryName() == null
                                  ? "-"
                                  : s.signatoryName()
                                      + (s.signatoryRole() == null
                                          ? ""
                                          : " (" + s.signatoryRole() + ")"),
                              s.signedOn() == null ? "-" : s.signedOn().format(DATE)))
                  .toList(),
              "Fonte: Zonale, accordo di programma."));
    }
    if (agreement.status() == AgreementStatus.SIGNED) {
      List<KindCount> counts = agreements.readableAdhesionCounts(planId);
      blocks.add(new ReportBlock.Heading(2, "Le adesioni del Terzo settore"));
      List<List<String>> rows = new ArrayList<>();
      for (KindCount k : counts) {
        rows.add(List.of(k.kind().label(), Italian.number(k.count())));
      }
      rows.add(List.of("Totale", Long.toString(counts.stream().mapToLong(KindCount::count).sum())));
      blocks.add(
          new ReportBlock.DataTable(
              "Enti aderenti per tipo",
              List.of("Tipo di ente", "Aderenti"),
              rows,
              "Fonte: Zonale, registro delle adesioni."));
    }
    return Optional.of(new ReportChapter("agreement", "L’accordo di programma", blocks));
  }
}
