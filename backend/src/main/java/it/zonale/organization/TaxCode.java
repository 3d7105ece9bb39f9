package it.zonale.organization;

import it.zonale.shared.error.FieldCode;
import it.zonale.shared.web.ViolationCode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The codice fiscale of a legal entity: 11 digits whose last is the check digit (the same algorithm
 * as the partita IVA).
 */
@Documented
@Constraint(validatedBy = TaxCode.Validator.class)
@ViolationCode(FieldCode.INVALID_TAX_CODE)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface TaxCode {
  String message() default
      "must be a valid 11-digit tax code of a legal entity (codice fiscale numerico)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the length, the digits and the check digit; null is left to {@code @NotNull}. */
  class Validator implements ConstraintValidator<TaxCode, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isValid(value);
    }

    public static boolean isValid(String code) {
      if (code.length() != 11 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
      int sum = 0;
      for (int i = 0; i < 10; i++) {
        int digit = code.charAt(i) - '0';
        if (i % 2 == 1) {
          digit *= 2;
          if (digit > 9) {
            digit -= 9;
          }
        }
        sum += digit;
      }
      return (10 - sum % 10) % 10 == code.charAt(10) - '0';
    }
  }
}
