package it.zonale.table;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The names of the people organisations delegate to tables, told by the participant feature so that
 * tables do not depend on it (participants already depend on tables through sessions).
 */
public interface DelegateNames {
  /** Full name by participant id; unknown ids are absent. */
  Map<UUID, String> fullNamesOf(Collection<UUID> participantIds);
}
