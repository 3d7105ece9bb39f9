package it.zonale.plandocument;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new comment on a version, on one of its chapters or on the whole. */
@Schema(name = "DocumentCommentCreate")
public record DocumentCommentCreate(
    @Size(max = 80) @Schema(description = "A chapter key of the version.") String chapterKey,
    @NotBlank @Size(max = 4000) String text) {}
