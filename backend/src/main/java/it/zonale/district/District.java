package it.zonale.district;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ambito territoriale with its sub-ambiti and the totals of its comuni. */
@Schema(name = "District")
public record District(
    @Schema(required = true) UUID id,
    @Schema(required = true, maxLength = 40, example = "OGLIO_PO") String code,
    @Schema(required = true, maxLength = 200, example = "Oglio Po") String name,
    @Schema(required = true, maxLength = 2, example = "CR") String provinceCode,
    @Schema(maxLength = 200, description = "Body that runs the ambito (ente capofila).")
        String leadBody,
    @Schema(maxLength = 200, description = "Local health authority (ASST).") String healthAuthority,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "10000")
        long municipalityCount,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "100000000")
        long population,
    @Schema(required = true, maxItems = 100) List<Subdistrict> subdistricts) {}
