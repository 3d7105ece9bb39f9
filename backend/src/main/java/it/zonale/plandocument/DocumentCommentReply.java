package it.zonale.plandocument;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The plan office's answer to a comment; sending it again replaces it. */
@Schema(name = "DocumentCommentReply")
public record DocumentCommentReply(
    @NotBlank @Size(max = 4000) String reply,
    @NotNull
        @Min(0)
        @Max(Long.MAX_VALUE)
        @Schema(format = "int64", description = "The version of the comment this answers.")
        Long version) {}
