package it.zonale.response;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.zonale.organization.OrganizationKind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's response to a needs survey as the API shows it; instants in Rome's offset. */
@Schema(name = "SurveyResponse")
public record SurveyResponse(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID surveyId,
    @Schema(required = true) UUID organizationId,
    @Schema(required = true, maxLength = 200) String organizationName,
    @Schema(required = true) OrganizationKind organizationKind,
    @Schema(description = "The sub-ambito the organisation answers for.") UUID subdistrictId,
    @Schema(required = true) SurveyResponseStatus status,
    @Schema(required = true, implementation = SurveyAnswersSchema.class) ObjectNode answers,
    @Schema(description = "Kept when the response is edited again before the deadline.")
        OffsetDateTime submittedAt,
    @Schema(
            description =
                "The plan office reopened it: it may be edited and submitted once more, even after"
                    + " the deadline.")
        OffsetDateTime reopenedAt,
    @Schema(
            required = true,
            description =
                "Whether the organisation may still change it: before the deadline of a published"
                    + " survey, or reopened.")
        boolean editable,
    @Schema(description = "The survey's deadline.") OffsetDateTime deadline,
    @Schema(required = true) OffsetDateTime createdAt,
    @Schema(required = true) OffsetDateTime updatedAt,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version) {}
