package it.zonale.response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many organisations expected to answer have submitted, drafted or not started. */
@Schema(name = "CompletionCounts")
public record CompletionCounts(
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000") long expected,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000")
        long submitted,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000") long draft,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000")
        long notStarted) {}
