package it.zonale.survey;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A needs survey as the API shows it; instants carry Rome's offset. */
@Schema(name = "Survey")
public record Survey(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID planId,
    @Schema(required = true, maxLength = 200, example = "Scheda di rilevazione dei bisogni 2021")
        String title,
    @Schema(maxLength = 4000) String description,
    @Schema(required = true) SurveyStatus status,
    @Schema(
            example = "2021-09-20T23:59:00+02:00",
            description = "Answers are accepted until this instant; set when published.")
        OffsetDateTime deadline,
    @Schema(required = true) SurveyDefinition definition,
    @Schema(description = "The survey of a previous plan whose questions this one copied.")
        UUID copiedFromId,
    OffsetDateTime publishedAt,
    OffsetDateTime closedAt,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version) {}
