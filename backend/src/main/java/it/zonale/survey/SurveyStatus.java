package it.zonale.survey;

/** A survey is drafted, published with a deadline for the organisations to answer, then closed. */
public enum SurveyStatus {
  DRAFT,
  PUBLISHED,
  CLOSED
}
