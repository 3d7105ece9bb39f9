package it.zonale.approval;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The approval of a plan by the Assemblea dei Sindaci, with every comune's vote. */
@Schema(name = "Approval")
public record Approval(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID planId,
    @Schema(required = true) LocalDate assemblyDate,
    @Schema(required = true, maxLength = 200, example = "Deliberazione n. 3 del 28/04/2022")
        String deliberation,
    @Schema(format = "int32", minimum = "1", maximum = "100000") Integer documentVersion,
    @Schema(maxLength = 4000) String notes,
    @Schema(required = true, maxItems = 500, description = "By comune name.")
        List<ApprovalVote> votes,
    @Schema(required = true) ApprovalTotals totals,
    @Schema(
            required = true,
            maxLength = 100,
            description = "Where the population figures come from (not official statistics).")
        String populationSource,
    @Schema(required = true) OffsetDateTime createdAt) {}
