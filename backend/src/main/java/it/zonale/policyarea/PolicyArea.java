package it.zonale.policyarea;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An area di policy. */
@Schema(name = "PolicyArea")
public record PolicyArea(
    @Schema(required = true) UUID id,
    @Schema(required = true, maxLength = 60, example = "HOUSING") String code,
    @Schema(required = true, maxLength = 200, example = "Politiche abitative") String name,
    @Schema(maxLength = 2000) String description,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "10000") int position) {}
