package it.zonale.shared.error;

/**
 * The stable codes of field-level errors, {@code errors[].code} of a problem: the SPA shows a
 * translated message by them next to the field, integrators may branch on them. Kebab-case slugs,
 * like problem types, documented in the description of {@code ProblemError.code} rather than as a
 * contract enum (enums are UPPER_SNAKE, docs/conventions.md rule 47). A new code goes here, in that
 * description and in the SPA's translations; clients show {@code detail} for a code they do not
 * know.
 */
public final class FieldCode {
  /** A value is missing: null, blank or empty. */
  public static final String REQUIRED = "required";

  /** A text is longer than allowed. */
  public static final String TOO_LONG = "too-long";

  /** A text is shorter, or a list has fewer items, than allowed. */
  public static final String TOO_SHORT = "too-short";

  /** A list has more items than allowed. */
  public static final String TOO_MANY = "too-many";

  /** A number or a date outside its bounds. */
  public static final String OUT_OF_RANGE = "out-of-range";

  /** Not in the expected format: pattern, e-mail, JSON type, date, UUID, enum value. */
  public static final String INVALID_FORMAT = "invalid-format";

  /** An id of something that does not exist, or that the caller may not use. */
  public static final String UNKNOWN_REFERENCE = "unknown-reference";

  /** A well-formed value forbidden in this context, e.g. a table for a plenary session. */
  public static final String NOT_ALLOWED = "not-allowed";

  /** An end (year, date, time) before its start. */
  public static final String BEFORE_START = "before-start";

  /** A period longer than allowed, e.g. a session over 24 hours. */
  public static final String TOO_LONG_DURATION = "too-long-duration";

  /** A codice fiscale whose length, digits or check digit are wrong. */
  public static final String INVALID_TAX_CODE = "invalid-tax-code";

  /** Anything else. */
  public static final String INVALID = "invalid";

  private FieldCode() {}
}
