package it.zonale.plandocument;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which file to make of a version. */
@Schema(name = "DocumentExportRequest")
public record DocumentExportRequest(@NotNull DocumentExportFormat format) {}
