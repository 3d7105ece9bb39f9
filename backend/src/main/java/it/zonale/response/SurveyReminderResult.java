package it.zonale.response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reminder round did. */
@Schema(name = "SurveyReminderResult")
public record SurveyReminderResult(
    @Schema(
            required = true,
            format = "int32",
            minimum = "0",
            maximum = "1000000",
            description = "E-mails queued now, one per organisation that has not submitted.")
        int queued,
    @Schema(
            required = true,
            format = "int32",
            minimum = "0",
            maximum = "1000000",
            description = "Organisations already reminded today: not sent twice.")
        int alreadyRemindedToday,
    @Schema(
            required = true,
            format = "int32",
            minimum = "0",
            maximum = "1000000",
            description = "Organisations that have not submitted but gave no e-mail address.")
        int withoutEmail) {}
