package it.zonale.agreement;

import it.zonale.organization.OrganizationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many adhering organisations are of one kind. */
@Schema(name = "KindCount")
public record KindCount(
    @Schema(required = true) OrganizationKind kind,
    @Schema(required = true, format = "int64", minimum = "1", maximum = "9223372036854775807")
        long count) {}
