package it.zonale.interest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full replacement of an expression of interest's fields, made from {@code version}. */
@Schema(name = "ExpressionOfInterestUpdate")
public record ExpressionOfInterestUpdate(
    @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid TableChoice> tableChoices,
    @NotNull Boolean runtsRegistered,
    @Size(max = 40) String runtsNumber,
    @Size(max = 4000) String note,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this update was made from.")
        Long version) {}
