package it.zonale.response;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The completion of one sub-ambito, by the sub-ambito each response names; organisations that have
 * not started, or have not named one yet, are counted under no sub-ambito (null).
 */
@Schema(name = "SubdistrictCompletion")
public record SubdistrictCompletion(
    UUID subdistrictId,
    @Schema(maxLength = 200) String subdistrictName,
    @Schema(required = true) CompletionCounts counts) {}
