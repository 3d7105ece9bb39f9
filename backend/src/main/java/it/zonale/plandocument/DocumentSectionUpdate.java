package it.zonale.plandocument;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full replacement of a section's title, text and place, made from {@code version}. */
@Schema(name = "DocumentSectionUpdate")
public record DocumentSectionUpdate(
    @NotBlank @Size(max = 200) String title,
    @NotNull @Size(max = 100000) String text,
    @NotNull @Min(0) @Max(10000) @Schema(format = "int32") Integer order,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this update was made from.")
        Long version) {}
