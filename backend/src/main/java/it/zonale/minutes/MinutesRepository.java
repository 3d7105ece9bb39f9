package it.zonale.minutes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.UUID;

/** The minutes of sessions. */
@ApplicationScoped
class MinutesRepository implements PanacheRepositoryBase<MinutesEntity, UUID> {

  /**
   * Replaces a text in the minutes and errata of these ambiti, whatever their status (approved ones
   * stay approved: only the name changes), and moves their version on so that an editor's stale
   * copy is refused.
   *
   * @return how many minutes and errata changed
   */
  public int replaceText(Collection<UUID> districtIds, String text, String replacement) {
    if (districtIds.isEmpty() || text == null || text.isBlank()) {
      return 0;
    }
    UUID[] districts = districtIds.toArray(UUID[]::new);
    int changed = 0;
    for (String table : new String[] {"session_minutes", "session_minutes_errata"}) {
      changed +=
          getEntityManager()
              .createNativeQuery(
                  "update "
                      + table
                      + " set body = replace(body, ?1, ?2), version = version + 1"
                      + " where district_id = any(?3) and strpos(body, ?1) > 0")
              .setParameter(1, text)
              .setParameter(2, replacement)
              .setParameter(3, districts)
              .executeUpdate();
    }
    return changed;
  }
}
