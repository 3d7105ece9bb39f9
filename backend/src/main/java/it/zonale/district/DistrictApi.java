package it.zonale.district;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.web.AllPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the district feature publishes to other features (docs/conventions.md rule 51). Every method
 * applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class DistrictApi {
  private final DistrictService service;

  DistrictApi(DistrictService service) {
    this.service = service;
  }

  /**
   * @throws DomainException.NotFound district-not-found
   */
  public District getDistrict(UUID id) {
    return service.getDistrict(id);
  }

  /** Fails with district-not-found when the id is unknown. */
  public void requireDistrict(UUID districtId) {
    service.requireDistrict(districtId);
  }

  /** The district a sub-district belongs to, if the sub-district exists. */
  public Optional<UUID> districtOfSubdistrict(UUID subdistrictId) {
    return service.districtOfSubdistrict(subdistrictId);
  }

  /**
   * The names of those of these comuni (ISTAT codes) that belong to the district; other codes are
   * simply absent.
   */
  public Map<String, String> municipalityNamesIn(
      UUID districtId, java.util.Collection<String> codes) {
    return service.municipalityNamesIn(districtId, codes);
  }

  /** Every ambito of the region: public reference data. */
  public List<District> allDistricts() {
    return AllPages.of(p -> service.listDistricts(p).items());
  }

  /**
   * Every comune of an ambito: public reference data.
   *
   * @throws DomainException.NotFound district-not-found
   */
  public List<Municipality> municipalitiesOf(UUID districtId) {
    return AllPages.of(p -> service.listMunicipalities(districtId, p).items());
  }
}
