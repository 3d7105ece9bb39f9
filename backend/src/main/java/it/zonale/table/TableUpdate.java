package it.zonale.table;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full replacement of a table's editable fields, made from {@code version}. */
@Schema(name = "TableUpdate")
public record TableUpdate(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 4000) String description,
    @NotNull TargetGroup targetGroup,
    @NotNull TableLevel level,
    UUID subdistrictId,
    @NotNull @Size(max = 50) List<@NotNull UUID> policyAreaIds,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this update was made from.")
        Long version) {}
