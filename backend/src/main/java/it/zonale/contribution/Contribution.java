package it.zonale.contribution;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An istanza as the API shows it; instants carry Rome's offset. */
@Schema(name = "Contribution")
public record Contribution(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID planId,
    @Schema(
            format = "int32",
            minimum = "1",
            maximum = "1000000",
            description =
                "Its number in the plan, given at submission in order and never reused; null for a"
                    + " draft (or one withdrawn as a draft).")
        Integer number,
    @Schema(
            maxLength = 20,
            pattern = "^IST-[0-9]{3,}$",
            example = "IST-007",
            description = "The number as the plan cites it, e.g. IST-007; null when number is.")
        String reference,
    @Schema(required = true) UUID organizationId,
    @Schema(required = true, maxLength = 200) String organizationName,
    UUID tableId,
    UUID sessionId,
    @Schema(required = true, maxItems = 20) List<UUID> policyAreaIds,
    @Schema(required = true, maxLength = ContributionCreate.MAX_TITLE) String title,
    @Schema(required = true, maxLength = ContributionCreate.MAX_TEXT) String text,
    @Schema(required = true) ContributionStatus status,
    OffsetDateTime submittedAt,
    OffsetDateTime withdrawnAt,
    @Schema(description = "The plan office's answer; set when ANSWERED.")
        ContributionOutcome outcome,
    @Schema(maxLength = ContributionAnswer.MAX_REASONING, description = "Why; set when ANSWERED.")
        String reasoning,
    OffsetDateTime answeredAt,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version) {}
