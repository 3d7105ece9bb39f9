package it.zonale.survey;

import it.zonale.plan.PlanService;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The plan office builds a needs survey, publishes it with a deadline and closes it. Other features
 * reach surveys only through the {@code *Ref} methods below.
 */
@ApplicationScoped
public class SurveyService {
  static final String RESOURCE = "survey";

  private final SurveyRepository surveys;
  private final SurveyDefinitions definitions;
  private final PlanService plans;
  private final CurrentUser user;

  public SurveyService(
      SurveyRepository surveys,
      SurveyDefinitions definitions,
      PlanService plans,
      CurrentUser user) {
    this.surveys = surveys;
    this.definitions = definitions;
    this.plans = plans;
    this.user = user;
  }

  /**
   * For features under a survey: the survey if the caller may read it. A draft is seen only by the
   * plan office of its ambito; a published or closed one by whoever may read its plan.
   *
   * @throws DomainException.NotFound survey-not-found
   */
  public SurveyRef readableSurvey(UUID id) {
    SurveyEntity survey = find(id);
    plans.readablePlanOf(survey.planId, RESOURCE, id);
    if (survey.status == SurveyStatus.DRAFT && !user.managesDistrict(survey.districtId)) {
      throw DomainException.NotFound.of(RESOURCE, id);
    }
    return toRef(survey);
  }

  SurveyEntity find(UUID id) {
    return surveys
        .findByIdOptional(id)
        .orElseThrow(() -> DomainException.NotFound.of(RESOURCE, id));
  }

  SurveyRef toRef(SurveyEntity survey) {
    return new SurveyRef(
        survey.id,
        survey.planId,
        survey.districtId,
        survey.title,
        survey.status,
        survey.deadline,
        definitions.read(survey.definition));
  }
}
