package it.zonale.plandocument;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a plan's document versions, the newest first. */
@Schema(name = "DocumentVersionPage")
public record DocumentVersionPage(
    @Schema(required = true, maxItems = 100) List<DocumentVersion> items,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "100") int limit,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") int offset,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000") long total) {}
