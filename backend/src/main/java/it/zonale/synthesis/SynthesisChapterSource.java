package it.zonale.synthesis;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.report.PlanChapterSource;
import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The "needs" chapter of the plan document (order 300): the synthesis of the plan's published
 * surveys, aggregates only and small cells suppressed, whoever assembles the document.
 */
@ApplicationScoped
class SynthesisChapterSource implements PlanChapterSource {
  private final SynthesisService synthesis;

  public SynthesisChapterSource(SynthesisService synthesis) {
    this.synthesis = synthesis;
  }

  @Override
  public int order() {
    return 300;
  }

  @Override
  public Optional<ReportChapter> chapter(UUID planId, Locale locale) {
    List<ReportBlock> blocks = new ArrayList<>();
    for (UUID surveyId : synthesis.publishedSurveysOf(planId)) {
      SurveySynthesis s;
      try {
        s = synthesis.publicSynthesis(surveyId);
      } catch (DomainException.NotFound hidden) {
        continue;
      }
      blocks.add(new ReportBlock.Heading(2, s.title()));
      blocks.add(
          new ReportBlock.Paragraph(
              "Organizzazioni che hanno risposto: "
                  + SynthesisFigures.count(s.respondents(), s.respondentsSuppressed())
                  + ". "
                  + SynthesisReport.SUPPRESSION_NOTE));
      ReportChapter context = SynthesisReport.context(s);
      blocks.addAll(context.blocks());
      for (SurveySynthesis.QuestionSynthesis q : s.questions()) {
        blocks.addAll(SynthesisReport.blocks(q, s.source()));
      }
    }
    return blocks.isEmpty()
        ? Optional.empty()
        : Optional.of(new ReportChapter("bisogni", "Analisi dei bisogni", blocks));
  }
}
