package it.zonale.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new organisation. RUNTS fields apply to Third Sector kinds only. */
@Schema(name = "OrganizationCreate")
public record OrganizationCreate(
    @NotBlank @Size(max = 200) String name,
    @NotNull @TaxCode @Schema(pattern = "^[0-9]{11}$", maxLength = 11) String taxCode,
    @NotNull OrganizationKind kind,
    @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9/._-]{1,40}$") String runtsNumber,
    RuntsSection runtsSection,
    @Email @Size(max = 254) String email,
    @Email @Size(max = 254) String pec,
    @NotEmpty @Size(max = 100) List<@NotNull UUID> districtIds) {}
