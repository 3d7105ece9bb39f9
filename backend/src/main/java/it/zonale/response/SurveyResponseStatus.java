package it.zonale.response;

/** A response is a draft, autosaved as the organisation types, until it is submitted. */
public enum SurveyResponseStatus {
  DRAFT,
  SUBMITTED
}
