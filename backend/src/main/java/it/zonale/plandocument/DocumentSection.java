package it.zonale.plandocument;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A narrative section of the plan document, written by the plan office. */
@Schema(name = "DocumentSection")
public record DocumentSection(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID planId,
    @Schema(
            required = true,
            maxLength = 60,
            pattern = "^[a-z0-9][a-z0-9-]{0,59}$",
            example = "introduction")
        String key,
    @Schema(required = true, maxLength = 200, example = "Introduzione") String title,
    @Schema(
            required = true,
            maxLength = 100000,
            description =
                "Plain text: blank lines split paragraphs; a line starting with '## ' or '### ' is a"
                    + " sub-heading, lines starting with '- ' make a bullet list.")
        String text,
    @Schema(
            required = true,
            format = "int32",
            minimum = "0",
            maximum = "10000",
            description =
                "Where the section goes among the generated chapters: context 100, process 200,"
                    + " needs 300, objectives 400, agreement 500 (e.g. introduction 50).")
        int order,
    @Schema(required = true) OffsetDateTime updatedAt,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "9223372036854775807")
        long version) {}
