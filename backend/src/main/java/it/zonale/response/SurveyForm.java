package it.zonale.response;

import it.zonale.district.Subdistrict;
import it.zonale.survey.SurveyDefinition;
import it.zonale.survey.SurveyStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an organisation needs to answer a survey in one request: the questions, the sub-ambiti it
 * may answer for, and its response so far (absent before the first save).
 */
@Schema(name = "SurveyForm")
public record SurveyForm(
    @Schema(required = true) UUID surveyId,
    @Schema(required = true) UUID planId,
    @Schema(required = true, maxLength = 200) String title,
    @Schema(required = true) SurveyStatus status,
    OffsetDateTime deadline,
    @Schema(required = true) SurveyDefinition definition,
    @Schema(required = true, maxItems = 100) List<Subdistrict> subdistricts,
    @Schema(
            required = true,
            description =
                "Whether the organisation may still answer (before the deadline, or reopened).")
        boolean editable,
    SurveyResponse response) {}
