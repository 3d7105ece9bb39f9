package it.zonale.survey;

import java.time.Instant;
import java.util.UUID;

/** What other features (responses, synthesis, objectives) need to know of a survey. */
public record SurveyRef(
    UUID id,
    UUID planId,
    UUID districtId,
    String title,
    SurveyStatus status,
    Instant deadline,
    SurveyDefinition definition) {}
