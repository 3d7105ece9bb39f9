package it.zonale.minutes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Minutes by session id. */
@ApplicationScoped
class MinutesRepository implements PanacheRepositoryBase<MinutesEntity, UUID> {}
