package it.zonale.changefeed;

import it.zonale.shared.event.ResourceChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Writes the events the features fire into the feed's table, synchronously and inside the caller's
 * transaction (MANDATORY): the change and its event commit or roll back together, like an outbox.
 */
@ApplicationScoped
class ChangeFeedRecorder {
  private final EntityManager em;

  ChangeFeedRecorder(EntityManager em) {
    this.em = em;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void onChange(@Observes ResourceChanged change) {
    em.createNativeQuery(
            "insert into change_events (type, resource_type, resource_id, version, link,"
                + " district_id, plan_id, audience) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, change.type())
        .setParameter(2, change.resourceType())
        .setParameter(3, change.resourceId())
        .unwrap(NativeQuery.class)
        .setParameter(4, change.version(), StandardBasicTypes.LONG)
        .setParameter(5, change.link())
        .setParameter(6, change.districtId())
        .setParameter(7, change.planId(), StandardBasicTypes.UUID)
        .setParameter(8, change.audience().name())
        .executeUpdate();
  }
}
