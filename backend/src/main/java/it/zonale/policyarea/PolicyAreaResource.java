package it.zonale.policyarea;

import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regional catalogue of policy areas (aree di policy). */
@Path("/api/v1/policy-areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "policy-areas", description = "Aree di policy of the regional guidelines")
public class PolicyAreaResource {
  private final PolicyAreaService service;

  public PolicyAreaResource(PolicyAreaService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(summary = "List the policy-area catalogue")
  public PolicyAreaPage listPolicyAreas(@Valid @BeanParam PageQuery page) {
    return service.listPolicyAreas(page);
  }

  @GET
  @Path("/{policyAreaId}")
  @PermitAll
  @Operation(summary = "Read a policy area")
  public PolicyArea getPolicyArea(@PathParam("policyAreaId") UUID policyAreaId) {
    return service.getPolicyArea(policyAreaId);
  }
}
