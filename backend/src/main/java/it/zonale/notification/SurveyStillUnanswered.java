package it.zonale.notification;

import it.zonale.participant.PreferredLanguage;
import it.zonale.response.SurveyResponseApi;
import it.zonale.response.SurveyResponseStatus;
import it.zonale.survey.SurveyApi;
import it.zonale.survey.SurveyRef;
import it.zonale.survey.SurveyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A survey's reminder is sent only while the survey is still open to answers (published, its
 * deadline not passed and still the one the mail gives) and the organisation has not submitted its
 * response. The survey's row and the response's row stay locked until the mail is marked sent, so a
 * submission or a closing waits for it.
 */
@ApplicationScoped
class SurveyStillUnanswered implements StillTrue {
  private final SurveyApi surveys;
  private final SurveyResponseApi responses;

  SurveyStillUnanswered(SurveyApi surveys, SurveyResponseApi responses) {
    this.surveys = surveys;
    this.responses = responses;
  }

  @Override
  public Set<NotificationKind> kinds() {
    return Set.of(NotificationKind.SURVEY_REMINDER);
  }

  @Override
  public Optional<String> refuted(PendingMail mail) {
    Optional<SurveyRef> found = surveys.lockedSurveyForMail(mail.subjectId());
    if (found.isEmpty()) {
      return Optional.of("survey-gone: the survey no longer exists");
    }
    SurveyRef survey = found.get();
    if (survey.status() != SurveyStatus.PUBLISHED) {
      return Optional.of(
          "survey-"
              + survey.status().name().toLowerCase(Locale.ROOT)
              + ": the survey is now "
              + survey.status());
    }
    if (survey.deadline() == null || !survey.deadline().isAfter(mail.sendingAt())) {
      return Optional.of("survey-deadline-passed: the survey's deadline has passed");
    }
    if (!MailText.when(survey.deadline(), PreferredLanguage.IT).equals(mail.param("deadline"))) {
      return Optional.of("survey-deadline-moved: the survey's deadline changed since");
    }
    Optional<UUID> organization = mail.announcedId(Announces.ORGANIZATION_ID);
    if (organization.isPresent()
        && responses
            .lockedResponseStatusForMail(survey.id(), organization.get())
            .filter(status -> status == SurveyResponseStatus.SUBMITTED)
            .isPresent()) {
      return Optional.of("survey-answered: the organisation submitted its response since");
    }
    return Optional.empty();
  }
}
