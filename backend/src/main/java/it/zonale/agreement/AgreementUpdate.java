package it.zonale.agreement;

import it.zonale.shared.web.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole accordo as the plan office writes it; version 0 creates it. */
@Schema(name = "AgreementUpdate")
public record AgreementUpdate(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 200) String deliberationReference,
    @Size(max = 20000) String summary,
    @PlausibleDate LocalDate signedOn,
    @PlausibleDate LocalDate validFrom,
    @PlausibleDate LocalDate validTo,
    @NotNull @Size(max = 200) List<@NotNull @Valid SignatoryInput> signatories,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(
            format = "int64",
            description =
                "0 to write the first version, then the version this update was made from.")
        Long version) {}
