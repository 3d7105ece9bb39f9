package it.zonale.shared.web;

import it.zonale.shared.error.FieldCode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * A date or date-time between the years 2000 and 2100: plans, phases and meetings never fall
 * outside, and the database would refuse years beyond its range.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@ViolationCode(FieldCode.OUT_OF_RANGE)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD,
  ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {
  String message() default "must be between the years 2000 and 2100";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Null is left to {@code @NotNull}. */
  class Validator implements ConstraintValidator<PlausibleDate, TemporalAccessor> {
    @Override
    public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      int year = value.get(ChronoField.YEAR);
      return year >= 2000 && year <= 2100;
    }
  }
}
