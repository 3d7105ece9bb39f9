package it.zonale.district;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the ambiti, their sub-ambiti and comuni: public reference data. */
@ApplicationScoped
class DistrictService {

  private final DistrictRepository districts;

  public DistrictService(DistrictRepository districts) {
    this.districts = districts;
  }

  public DistrictPage listDistricts(PageQuery page) {
    List<DistrictEntity> entities = districts.page(page.limit, page.offset);
    List<UUID> ids = entities.stream().map(d -> d.id).toList();
    Map<UUID, long[]> totals = districts.totalsOf(ids);
    Map<UUID, List<SubdistrictEntity>> subs =
        districts.subdistrictsOf(ids).stream().collect(Collectors.groupingBy(s -> s.districtId));
    List<District> items =
        entities.stream()
            .map(e -> DistrictMapper.toDto(e, totals.get(e.id), subs.getOrDefault(e.id, List.of())))
            .toList();
    return new DistrictPage(items, page.limit, page.offset, districts.count());
  }

  /**
   * @throws DomainException.NotFound district-not-found
   */
  District getDistrict(UUID id) {
    DistrictEntity e =
        districts
            .findByIdOptional(id)
            .orElseThrow(() -> DomainException.NotFound.of("district", id));
    return DistrictMapper.toDto(
        e, districts.totalsOf(List.of(id)).get(id), districts.subdistrictsOf(List.of(id)));
  }

  /**
   * @throws DomainException.NotFound district-not-found
   */
  public MunicipalityPage listMunicipalities(UUID districtId, PageQuery page) {
    requireDistrict(districtId);
    List<Municipality> items =
        districts.municipalitiesOf(districtId, page.limit, page.offset).stream()
            .map(DistrictMapper::toDto)
            .toList();
    return new MunicipalityPage(
        items,
        page.limit,
        page.offset,
        districts.countMunicipalitiesOf(districtId),
        MunicipalityPage.SOURCE);
  }

  /** Fails with district-not-found when the id is unknown. */
  void requireDistrict(UUID districtId) {
    if (districts.findByIdOptional(districtId).isEmpty()) {
      throw DomainException.NotFound.of("district", districtId);
    }
  }

  /** The district a sub-district belongs to, if the sub-district exists. */
  Optional<UUID> districtOfSubdistrict(UUID subdistrictId) {
    return Optional.ofNullable(districts.findSubdistrict(subdistrictId)).map(s -> s.districtId);
  }

  /**
   * The names of those of these comuni (ISTAT codes) that belong to the district; other codes are
   * simply absent.
   */
  Map<String, String> municipalityNamesIn(UUID districtId, java.util.Collection<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return districts.municipalitiesOf(districtId, codes).stream()
        .collect(Collectors.toMap(m -> m.istatCode, m -> m.name));
  }
}
