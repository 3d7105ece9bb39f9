package it.zonale.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.UUID;

/**
 * What the minutes feature publishes to other features (docs/conventions.md rule 51): the
 * pseudonymisation of a person named in the minutes' text.
 */
@ApplicationScoped
public class MinutesApi {
  private final MinutesRepository minutes;

  MinutesApi(MinutesRepository minutes) {
    this.minutes = minutes;
  }

  /**
   * Replaces a person's name by their pseudonym in the minutes and errata of these ambiti, in the
   * caller's transaction, WITHOUT access checks: only for an erasure whose caller was checked.
   * Approved minutes stay approved.
   *
   * @return how many minutes and errata changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int replaceNameInMinutes(Collection<UUID> districtIds, String name, String pseudonym) {
    return minutes.replaceText(districtIds, name, pseudonym);
  }
}
