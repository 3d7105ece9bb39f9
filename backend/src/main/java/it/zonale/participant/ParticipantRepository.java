package it.zonale.participant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Queries on participants, always scoped to the organisations the caller may see. */
@ApplicationScoped
class ParticipantRepository implements PanacheRepositoryBase<ParticipantEntity, UUID> {
  public List<ParticipantEntity> pageOf(UUID organizationId, int limit, int offset) {
    return find("organizationId", Sort.by("fullName").and("id"), organizationId)
        .range(offset, offset + limit - 1)
        .list();
  }

  public long countOf(UUID organizationId) {
    return count("organizationId", organizationId);
  }

  public boolean emailTaken(UUID organizationId, String email, UUID self) {
    return self == null
        ? count("organizationId = ?1 and lower(email) = lower(?2)", organizationId, email) > 0
        : count(
                "organizationId = ?1 and lower(email) = lower(?2) and id <> ?3",
                organizationId,
                email,
                self)
            > 0;
  }

  public Map<UUID, ParticipantEntity> byIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
  }

  /** The people, in every organisation, whose e-mail is this one (case aside). */
  public List<ParticipantEntity> withEmail(String email) {
    return list("lower(email) = lower(?1) order by createdAt, id", email);
  }
}
