package it.zonale.district;

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

/** Ambiti territoriali, their sub-ambiti and comuni: public reference data. */
@Path("/api/v1/districts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "districts", description = "Ambiti territoriali and their comuni")
public class DistrictResource {

  private final DistrictService service;

  public DistrictResource(DistrictService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(summary = "List the ambiti territoriali")
  public DistrictPage listDistricts(@Valid @BeanParam PageQuery page) {
    return service.listDistricts(page);
  }

  @GET
  @Path("/{districtId}")
  @PermitAll
  @Operation(summary = "Read one ambito with its sub-ambiti")
  public District getDistrict(@PathParam("districtId") UUID districtId) {
    return service.getDistrict(districtId);
  }

  @GET
  @Path("/{districtId}/municipalities")
  @PermitAll
  @Operation(summary = "List the comuni of an ambito")
  public MunicipalityPage listMunicipalities(
      @PathParam("districtId") UUID districtId, @Valid @BeanParam PageQuery page) {
    return service.listMunicipalities(districtId, page);
  }
}
