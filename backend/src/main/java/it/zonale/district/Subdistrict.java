package it.zonale.district;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sub-ambito of a district. */
@Schema(name = "Subdistrict")
public record Subdistrict(
    @Schema(required = true) UUID id, @Schema(required = true, maxLength = 200) String name) {}
