package it.zonale.plandocument;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An export job of one edition of a version to PDF, DOCX or ODT, with its progress. */
@Schema(name = "DocumentExport")
public record DocumentExport(
    @Schema(required = true) UUID id,
    @Schema(required = true) UUID planId,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "1000000")
        int versionNumber,
    @Schema(required = true) DocumentExportFormat format,
    @Schema(
            required = true,
            description =
                "DRAFT (\"Bozza\" on every page) or, for the version the Assemblea dei Sindaci"
                    + " approved, APPROVED (with the deliberation and the approval record).")
        DocumentEdition edition,
    @Schema(required = true) DocumentExportStatus status,
    @Schema(
            required = true,
            maxLength = 40,
            description = "QUEUED, LOADING, LAYOUT, WRITING, DONE or FAILED.")
        String phase,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "100") int percent,
    @Schema(
            format = "int64",
            minimum = "0",
            maximum = "1000000000",
            description = "Bytes, when DONE.")
        Long size,
    @Schema(maxLength = 2000, description = "Why it failed, when FAILED.") String error,
    @Schema(required = true) OffsetDateTime createdAt,
    OffsetDateTime finishedAt) {}
