package it.zonale.district;

import java.util.List;

/** Maps district entities to API records. */
final class DistrictMapper {
  private DistrictMapper() {}

  static District toDto(DistrictEntity e, long[] totals, List<SubdistrictEntity> subdistricts) {
    return new District(
        e.id,
        e.code,
        e.name,
        e.provinceCode,
        e.leadBody,
        e.healthAuthority,
        totals == null ? 0 : totals[0],
        totals == null ? 0 : totals[1],
        subdistricts.stream().map(s -> new Subdistrict(s.id, s.name)).toList());
  }

  static Municipality toDto(MunicipalityEntity m) {
    return new Municipality(m.istatCode, m.name, m.provinceCode, m.population, m.subdistrictId);
  }
}
