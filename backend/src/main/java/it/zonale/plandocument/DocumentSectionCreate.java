package it.zonale.plandocument;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new narrative section; its key is unique in the plan. */
@Schema(name = "DocumentSectionCreate")
public record DocumentSectionCreate(
    @NotBlank @Size(max = 60) @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,59}$") String key,
    @NotBlank @Size(max = 200) String title,
    @NotNull @Size(max = 100000) String text,
    @NotNull @Min(0) @Max(10000) @Schema(format = "int32") Integer order) {}
