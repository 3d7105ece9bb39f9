package it.zonale.interest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manifestazione d'interesse as the API shows it; instants carry Rome's offset. */
@Schema(name = "ExpressionOfInterest")
public record ExpressionOfInterest(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID callId,
    @Schema(required = true) UUID organizationId,
    @Schema(required = true, maxLength = 200) String organizationName,
    @Schema(required = true) ExpressionOfInterestStatus status,
    @Schema(
            required = true,
            description =
                "Submitted at or after the call's deadline: kept, but admitted only as"
                    + " ADMITTED_CONSULTATIVE.")
        boolean late,
    @Schema(required = true, maxItems = 50) List<TableChoice> tableChoices,
    @Schema(
            required = true,
            description = "The organisation declares it is registered in the RUNTS.")
        boolean runtsRegistered,
    @Schema(maxLength = 40) String runtsNumber,
    @Schema(maxLength = 4000) String note,
    OffsetDateTime submittedAt,
    OffsetDateTime decidedAt,
    @Schema(maxLength = 2000, description = "Why the plan office decided so; set when REJECTED.")
        String decisionReason,
    OffsetDateTime withdrawnAt,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version) {}
