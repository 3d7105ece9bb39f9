package it.zonale.approval;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The vote of one comune, with its name and population at the time of the vote. */
@Schema(name = "ApprovalVote")
public record ApprovalVote(
    @Schema(required = true, maxLength = 6, pattern = "^[0-9]{6}$") String istatCode,
    @Schema(required = true, maxLength = 200) String municipalityName,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "100000000") int population,
    @Schema(required = true) VoteChoice vote) {}
