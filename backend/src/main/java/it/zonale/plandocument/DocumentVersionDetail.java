package it.zonale.plandocument;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version with its content: the title page and the chapters in order. */
@Schema(name = "DocumentVersionDetail")
public record DocumentVersionDetail(
    @Schema(required = true) DocumentVersion version,
    @Schema(required = true, maxLength = 300) String title,
    @Schema(maxLength = 300) String subtitle,
    @Schema(required = true, maxItems = 1000) List<DocumentChapter> chapters) {}
