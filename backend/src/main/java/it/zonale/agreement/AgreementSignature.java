package it.zonale.agreement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The plan office records that the accordo it read (this version) was signed. */
@Schema(name = "AgreementSignature")
public record AgreementSignature(
    @NotNull
        @Min(1)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version that was signed.")
        Long version) {}
