package it.zonale.changefeed;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the change feed, in feed order, and where to read on from. */
@Schema(name = "ChangeEventPage")
public record ChangeEventPage(
    @Schema(required = true, maxItems = 500) List<ChangeEvent> items,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "500") int limit,
    @Schema(
            required = true,
            description =
                "Pass it as after in the next call, also when items is empty (then nothing new"
                    + " has been committed yet: ask again later). It is opaque and stays valid"
                    + " across restarts and replicas.",
            maxLength = 100,
            pattern = "^[A-Za-z0-9_-]+$")
        String nextCursor) {}
