package it.zonale.plandocument;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a table block: one cell per column. */
@Schema(name = "DocumentRow")
public record DocumentRow(
    @Schema(required = true, maxItems = 50) List<@Size(max = 4000) String> cells) {}
