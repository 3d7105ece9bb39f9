package it.zonale.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full replacement of an organisation's editable fields, made from {@code version}. */
@Schema(name = "OrganizationUpdate")
public record OrganizationUpdate(
    @NotBlank @Size(max = 200) String name,
    @NotNull OrganizationKind kind,
    @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9/._-]{1,40}$") String runtsNumber,
    RuntsSection runtsSection,
    @Email @Size(max = 254) String email,
    @Email @Size(max = 254) String pec,
    @NotEmpty @Size(max = 100) List<@NotNull UUID> districtIds,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version this update was made from.")
        Long version) {}
