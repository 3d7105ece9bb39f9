package it.zonale.objective;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount of money as AgID wants it: a decimal string and its ISO 4217 currency. */
@Schema(name = "Money")
public record Money(
    @NotNull
        @Pattern(regexp = AMOUNT)
        @Schema(
            required = true,
            maxLength = 15,
            example = "125000.00",
            description = "Non-negative, at most 2 decimals, dot as separator.")
        String amount,
    @NotNull
        @Pattern(regexp = "^EUR$")
        @Schema(required = true, maxLength = 3, example = "EUR", description = "Only EUR.")
        String currency) {
  static final String AMOUNT = "^[0-9]{1,12}(\\.[0-9]{1,2})?$";
}
