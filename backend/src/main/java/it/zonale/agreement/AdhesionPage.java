package it.zonale.agreement;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of requests of adhesion. */
@Schema(name = "AdhesionPage")
public record AdhesionPage(
    @Schema(required = true, maxItems = 100) List<Adhesion> items,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "100") int limit,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") int offset,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long total) {}
