package it.zonale.call;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a plan's calls, the latest deadline first. */
@Schema(name = "CallPage")
public record CallPage(
    @Schema(required = true, maxItems = 100) List<Call> items,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "100") int limit,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") int offset,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000") long total) {}
