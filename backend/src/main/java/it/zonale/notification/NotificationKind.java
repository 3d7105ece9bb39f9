package it.zonale.notification;

/** What an e-mail is about; each kind has one template per language in templates/notification. */
public enum NotificationKind {
  CALL_OPENED("call-opened"),
  EXPRESSION_OF_INTEREST_RECEIVED("expression-of-interest-received"),
  EXPRESSION_OF_INTEREST_ADMITTED("expression-of-interest-admitted"),
  EXPRESSION_OF_INTEREST_REJECTED("expression-of-interest-rejected"),
  REGISTRATION_CONFIRMED("registration-confirmed"),
  REGISTRATION_WAITLISTED("registration-waitlisted"),
  REGISTRATION_PROMOTED("registration-promoted"),
  SESSION_CHANGED("session-changed"),
  SESSION_CANCELLED("session-cancelled"),
  SESSION_REMINDER("session-reminder"),
  CALL_DEADLINE_REMINDER("call-deadline-reminder"),
  SURVEY_REMINDER("survey-reminder");

  /** The template's file name, without language folder and suffix. */
  final String template;

  NotificationKind(String template) {
    this.template = template;
  }
}
