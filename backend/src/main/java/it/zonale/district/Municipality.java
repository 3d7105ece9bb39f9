package it.zonale.district;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comune of the ambito (ISTAT reference data). */
@Schema(name = "Municipality")
public record Municipality(
    @Schema(
            required = true,
            maxLength = 6,
            pattern = "^[0-9]{6}$",
            description = "ISTAT code, leading zeros kept.")
        String istatCode,
    @Schema(required = true, maxLength = 200) String name,
    @Schema(required = true, maxLength = 2) String provinceCode,
    @Schema(
            required = true,
            format = "int32",
            minimum = "0",
            maximum = "100000000",
            description = "Resident population as shipped by the source; not official statistics.")
        int population,
    UUID subdistrictId) {}
