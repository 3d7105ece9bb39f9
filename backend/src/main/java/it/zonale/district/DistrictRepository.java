package it.zonale.district;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Queries on districts, sub-districts and municipalities. */
@ApplicationScoped
class DistrictRepository implements PanacheRepositoryBase<DistrictEntity, UUID> {

  public List<DistrictEntity> page(int limit, int offset) {
    return findAll(Sort.by("name")).range(offset, offset + limit - 1).list();
  }

  public List<SubdistrictEntity> subdistrictsOf(Collection<UUID> districtIds) {
    if (districtIds.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .createQuery(
            "from SubdistrictEntity s where s.districtId in :ids order by s.name",
            SubdistrictEntity.class)
        .setParameter("ids", districtIds)
        .getResultList();
  }

  public SubdistrictEntity findSubdistrict(UUID id) {
    return getEntityManager().find(SubdistrictEntity.class, id);
  }

  /** Number of comuni and resident population per district, in one query. */
  public Map<UUID, long[]> totalsOf(Collection<UUID> districtIds) {
    if (districtIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select m.districtId, count(m), coalesce(sum(m.population), 0) from MunicipalityEntity m "
                    + "where m.districtId in :ids group by m.districtId",
                Object[].class)
            .setParameter("ids", districtIds)
            .getResultList();
    return rows.stream()
        .collect(Collectors.toMap(r -> (UUID) r[0], r -> new long[] {(Long) r[1], (Long) r[2]}));
  }

  public List<MunicipalityEntity> municipalitiesOf(
      UUID districtId, java.util.Collection<String> codes) {
    return getEntityManager()
        .createQuery(
            "from MunicipalityEntity m where m.districtId = :id and m.istatCode in :codes",
            MunicipalityEntity.class)
        .setParameter("id", districtId)
        .setParameter("codes", codes)
        .getResultList();
  }

  public List<MunicipalityEntity> municipalitiesOf(UUID districtId, int limit, int offset) {
    return getEntityManager()
        .createQuery(
            "from MunicipalityEntity m where m.districtId = :id order by m.name, m.istatCode",
            MunicipalityEntity.class)
        .setParameter("id", districtId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countMunicipalitiesOf(UUID districtId) {
    return getEntityManager()
        .createQuery(
            "select count(m) from MunicipalityEntity m where m.districtId = :id", Long.class)
        .setParameter("id", districtId)
        .getSingleResult();
  }
}
