package it.zonale.response;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the organisations that have not submitted, by name. */
@Schema(name = "PendingOrganizationPage")
public record PendingOrganizationPage(
    @Schema(required = true, maxItems = 100) List<PendingOrganization> items,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "100") int limit,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") int offset,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000") long total) {}
