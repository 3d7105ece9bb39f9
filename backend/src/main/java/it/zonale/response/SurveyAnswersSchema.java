package it.zonale.response;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract's shape of a set of answers (the records hold them as a Jackson ObjectNode, whose
 * own bean properties must not leak into the contract).
 */
@Schema(
    name = "SurveyAnswers",
    type = SchemaType.OBJECT,
    description =
        "Answers keyed by question key: SHORT_TEXT and LONG_TEXT -> string; NUMBER and RATING ->"
            + " number; DATE -> \"yyyy-mm-dd\"; SINGLE_CHOICE -> option key; MULTIPLE_CHOICE ->"
            + " array of option keys; MATRIX -> object {rowKey: columnOptionKey}.",
    additionalProperties = Schema.True.class,
    maxProperties = 500)
final class SurveyAnswersSchema {
  private SurveyAnswersSchema() {}
}
