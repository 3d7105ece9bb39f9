package it.zonale.approval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The vote of one comune, by its ISTAT code. */
@Schema(name = "ApprovalVoteCast")
public record ApprovalVoteCast(
    @NotNull @Pattern(regexp = "^[0-9]{6}$") @Schema(maxLength = 6, example = "019021")
        String istatCode,
    @NotNull VoteChoice vote) {}
