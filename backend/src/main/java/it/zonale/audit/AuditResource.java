package it.zonale.audit;

import it.zonale.shared.security.Roles;
import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.RolesAllowed;
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

/** The audit log of an ambito, for its plan office. */
@Path("/api/v1/districts/{districtId}/audit-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Append-only record of changes and refused access")
public class AuditResource {
  private final AuditService service;

  public AuditResource(AuditService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Read the audit log of an ambito, newest first")
  public AuditPage listAuditEntries(
      @PathParam("districtId") UUID districtId, @Valid @BeanParam PageQuery page) {
    return service.listAuditEntries(districtId, page);
  }
}
