package it.zonale.response;

import it.zonale.organization.OrganizationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The completion of one kind of organisation. */
@Schema(name = "KindCompletion")
public record KindCompletion(
    @Schema(required = true) OrganizationKind kind,
    @Schema(required = true) CompletionCounts counts) {}
