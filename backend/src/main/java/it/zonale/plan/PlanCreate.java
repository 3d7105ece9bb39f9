package it.zonale.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new plan: it starts as a draft. */
@Schema(name = "PlanCreate")
public record PlanCreate(
    @NotNull UUID districtId,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 10000) String description,
    @NotNull @Min(2000) @Max(2100) @Schema(format = "int32") Integer startYear,
    @NotNull @Min(2000) @Max(2100) @Schema(format = "int32") Integer endYear,
    @Size(max = 50) List<@NotNull UUID> policyAreaIds) {}
