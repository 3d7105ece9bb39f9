package it.zonale.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/**
 * What the survey responses feature publishes to other features (docs/conventions.md rule 51).
 * Every method applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class SurveyResponseApi {
  private final SurveyResponseRepository responses;

  SurveyResponseApi(SurveyResponseRepository responses) {
    this.responses = responses;
  }

  /**
   * Where the organisation's response to the survey stands (empty: it has not started one), WITHOUT
   * access checks, its row locked in share mode until the caller's transaction ends, so that a
   * submission waits: only for mail sent by jobs that run without a caller.
   */
  public Optional<SurveyResponseStatus> lockedResponseStatusForMail(
      UUID surveyId, UUID organizationId) {
    return responses
        .find("surveyId = ?1 and organizationId = ?2", surveyId, organizationId)
        .withLock(LockModeType.PESSIMISTIC_READ)
        .firstResultOptional()
        .map(response -> response.status);
  }
}
