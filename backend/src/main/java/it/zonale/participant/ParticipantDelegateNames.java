package it.zonale.participant;

import it.zonale.table.DelegateNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Tells tables the names of the people organisations delegate to them. */
@ApplicationScoped
class ParticipantDelegateNames implements DelegateNames {
  private final ParticipantRepository participants;

  public ParticipantDelegateNames(ParticipantRepository participants) {
    this.participants = participants;
  }

  @Override
  public Map<UUID, String> fullNamesOf(Collection<UUID> participantIds) {
    Map<UUID, String> names = new HashMap<>();
    participants.byIds(participantIds).forEach((id, p) -> names.put(id, p.fullName));
    return names;
  }
}
