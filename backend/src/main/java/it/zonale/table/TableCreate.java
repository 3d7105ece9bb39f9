package it.zonale.table;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new table of a plan; its policy areas must be among the plan's. */
@Schema(name = "TableCreate")
public record TableCreate(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 4000) String description,
    @NotNull TargetGroup targetGroup,
    @NotNull TableLevel level,
    @Schema(description = "Required when level is SUBDISTRICT, absent otherwise.")
        UUID subdistrictId,
    @NotNull @Size(max = 50) List<@NotNull UUID> policyAreaIds) {}
