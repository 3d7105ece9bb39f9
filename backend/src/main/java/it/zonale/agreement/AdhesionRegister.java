package it.zonale.agreement;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The public register of the organisations adhering to an accordo: one page of them, by name, and
 * the counts by kind of all of them (largest first).
 */
@Schema(name = "AdhesionRegister")
public record AdhesionRegister(
    @Schema(required = true, maxItems = 100) List<AdheringOrganization> items,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "100") int limit,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") int offset,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long total,
    @Schema(required = true, maxItems = 20) List<KindCount> countsByKind) {}
