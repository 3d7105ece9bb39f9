package it.zonale.organization;

import io.quarkus.security.Authenticated;
import it.zonale.shared.security.Roles;
import it.zonale.shared.web.CursorPageQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisations (enti): Third Sector entities and public bodies. */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organizations", description = "Enti: Third Sector entities and public bodies")
public class OrganizationResource {

  private final OrganizationService service;

  public OrganizationResource(OrganizationService service) {
    this.service = service;
  }

  @GET
  @Authenticated
  @Operation(
      summary = "List organisations",
      description =
          "Filter by name (q), kind and ambito; by name. Page on with offset, or with the"
              + " nextCursor of each page (an index seek however deep the page).")
  public OrganizationPage listOrganizations(
      @QueryParam("q") @Size(max = 100) @Parameter(description = "Part of the name.") String q,
      @QueryParam("kind") OrganizationKind kind,
      @QueryParam("districtId") UUID districtId,
      @Valid @BeanParam CursorPageQuery page,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    return service.listOrganizations(
        new OrganizationRepository.Filter(q, kind, districtId), page, page.after(uri));
  }

  @GET
  @Path("/{organizationId}")
  @Authenticated
  @Operation(summary = "Read an organisation")
  public Organization getOrganization(@PathParam("organizationId") UUID organizationId) {
    return service.getOrganization(organizationId);
  }

  @POST
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Register an organisation in the caller's ambito")
  @APIResponse(
      responseCode = "201",
      description = "Registered.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Organization.class)))
  public Response registerOrganization(
      @NotNull @Valid OrganizationCreate body, @jakarta.ws.rs.core.Context UriInfo uri) {
    Organization created = service.registerOrganization(body);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{organizationId}")
  @RolesAllowed({Roles.CONSORTIUM, Roles.ETS, Roles.ASST, Roles.COMUNE})
  @Operation(
      summary = "Update an organisation's profile",
      description =
          "A plan office adds or removes only the ambiti it manages (403 not-your-district"
              + " otherwise), and may add its own ambito to an organisation registered elsewhere."
              + " The organisation itself sends its districtIds unchanged (422"
              + " organization-districts-by-office otherwise: ask the ambito's plan office). Once a"
              + " plan office has confirmed kind and runtsSection, a change of"
              + " them by the organisation itself is kept as proposedKind and proposedRuntsSection"
              + " for a plan office to decide on; a plan office's change confirms them.")
  public Organization updateOrganization(
      @PathParam("organizationId") UUID organizationId, @NotNull @Valid OrganizationUpdate body) {
    return service.updateOrganization(organizationId, body);
  }

  @POST
  @Path("/{organizationId}/kind-proposal/decision")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Accept or reject the kind an organisation proposed",
      description =
          "Once a plan office has confirmed an organisation's kind and RUNTS section, a change the"
              + " organisation itself makes is a proposal (proposedKind, proposedRuntsSection);"
              + " the plan office of one of its ambiti decides on it here. 422 no-kind-proposal"
              + " when none waits.")
  public Organization decideKindProposal(
      @PathParam("organizationId") UUID organizationId, @NotNull @Valid KindProposalDecision body) {
    return service.decideKindProposal(organizationId, body);
  }

  @DELETE
  @Path("/{organizationId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Remove an organisation that nothing refers to")
  @APIResponse(responseCode = "204", description = "Removed.")
  public void deleteOrganization(@PathParam("organizationId") UUID organizationId) {
    service.deleteOrganization(organizationId);
  }
}
