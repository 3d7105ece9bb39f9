package it.zonale.survey;

import it.zonale.shared.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What the survey feature publishes to other features (docs/conventions.md rule 51). Every method
 * applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class SurveyApi {
  private final SurveyService service;

  SurveyApi(SurveyService service) {
    this.service = service;
  }

  /**
   * The survey if the caller may read it. A draft is seen only by the plan office of its ambito; a
   * published or closed one by whoever may read its plan.
   *
   * @throws DomainException.NotFound survey-not-found
   */
  public SurveyRef readableSurvey(UUID id) {
    return service.readableSurvey(id);
  }

  /**
   * The plan's surveys the caller may read (synthesis, plan document), newest first.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public List<SurveyRef> surveysOfPlan(UUID planId) {
    return service.surveysOfPlan(planId);
  }

  /**
   * Any survey, if it still exists, WITHOUT access checks, its row locked in share mode until the
   * caller's transaction ends (closing it or moving its deadline waits): only for mail sent by jobs
   * that run without a caller. Never hand its data to a caller.
   */
  public java.util.Optional<SurveyRef> lockedSurveyForMail(UUID id) {
    return service.lockedForMail(id);
  }
}
