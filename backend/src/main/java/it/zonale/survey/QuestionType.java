package it.zonale.survey;

/** The kinds of question a needs survey may ask; each one fixes how its answer is stored. */
public enum QuestionType {
  /** One line of text. */
  SHORT_TEXT,
  /** A paragraph. */
  LONG_TEXT,
  /** A number within {@code min}..{@code max}, in {@code unit}. */
  NUMBER,
  /** A calendar date. */
  DATE,
  /** One of {@code options}. */
  SINGLE_CHOICE,
  /** Any of {@code options}. */
  MULTIPLE_CHOICE,
  /** A whole number on the scale {@code min}..{@code max}, labelled at both ends. */
  RATING,
  /** One of {@code options} (the columns, e.g. need levels) for each of {@code rows}. */
  MATRIX
}
