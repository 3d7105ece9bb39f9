package it.zonale.contribution;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full replacement of a draft istanza's fields, made from {@code version}. */
@Schema(name = "ContributionUpdate")
public record ContributionUpdate(
    @NotBlank @Size(max = ContributionCreate.MAX_TITLE) String title,
    @NotBlank @Size(max = ContributionCreate.MAX_TEXT) String text,
    UUID tableId,
    UUID sessionId,
    @Size(max = ContributionCreate.MAX_AREAS) List<@NotNull UUID> policyAreaIds,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this update was made from.")
        Long version) {}
