package it.zonale.response;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who was expected to answer a survey (the organisations working in its ambito, the plan office
 * aside) and how far they are, in total, by kind and by sub-ambito; with a page of those who have
 * not submitted.
 */
@Schema(name = "SurveyCompletion")
public record SurveyCompletion(
    @Schema(required = true) UUID surveyId,
    @Schema(required = true) CompletionCounts total,
    @Schema(required = true, maxItems = 20) List<KindCompletion> byKind,
    @Schema(required = true, maxItems = 100) List<SubdistrictCompletion> bySubdistrict,
    @Schema(required = true) PendingOrganizationPage pending) {}
