package it.zonale.synthesis;

import it.zonale.shared.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What the synthesis feature publishes to other features (docs/conventions.md rule 51). Every
 * method applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class SynthesisApi {
  private final SynthesisService service;

  SynthesisApi(SynthesisService service) {
    this.service = service;
  }

  /**
   * The surveys of a plan whose synthesis an anonymous visitor may read: every survey that is not a
   * draft (published or closed), in order of publication. The plan's own visibility is the caller's
   * to check (a draft plan hides its surveys).
   */
  public List<UUID> surveysWithPublicSynthesisOf(UUID planId) {
    return service.publishedSurveysOf(planId);
  }

  /**
   * When what the public syntheses of the plan's surveys show last changed (empty: the plan has no
   * survey that is not a draft): the latest change of such a survey or of a response to it, for
   * validators (Last-Modified) of data built on them. The plan's own visibility is the caller's to
   * check, as for {@link #surveysWithPublicSynthesisOf}.
   */
  public java.util.Optional<java.time.Instant> publicSynthesesOfPlanChangedAt(UUID planId) {
    return service.publicSynthesesOfPlanChangedAt(planId);
  }

  /**
   * The synthesis exactly as an anonymous visitor reads it (no filters, small cells suppressed,
   * {@link Suppression}), whoever asks; the survey must be readable by the caller.
   *
   * @throws DomainException.NotFound survey-not-found
   */
  public SurveySynthesis publicSynthesis(UUID surveyId) {
    return service.publicSynthesis(surveyId);
  }
}
