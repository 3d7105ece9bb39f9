package it.zonale.organization;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of organisations. */
@Schema(name = "OrganizationPage")
public record OrganizationPage(
    @Schema(required = true, maxItems = 100) List<Organization> items,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "100") int limit,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") int offset,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000") long total,
    @Schema(
            description = "Pass it as cursor to read the next page; absent on the last page.",
            maxLength = 700,
            pattern = "^[A-Za-z0-9_-]+$")
        String nextCursor) {}
