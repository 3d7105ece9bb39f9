package it.zonale.shared.event;

import java.util.Objects;
import java.util.UUID;

/**
 * Fired by a feature, inside the transaction of a change, for the change feed: an observer writes
 * it to the feed's table in that same transaction, so the change and its event commit (or roll
 * back) together. Features fire it and never import the feed.
 *
 * @param type the event type, a stable dotted slug such as {@code session.moved}
 * @param resourceType the changed resource, as in its path ({@code session}, {@code plan})
 * @param version the resource's version after the change, or null if it has none
 * @param link the API path that reads the resource, e.g. {@code /api/v1/sessions/{id}}
 * @param planId the plan the resource hangs from, or null
 * @param audience who may read the event, decided with the read rule of the resource
 */
public record ResourceChanged(
    String type,
    String resourceType,
    UUID resourceId,
    Long version,
    String link,
    UUID districtId,
    UUID planId,
    Audience audience) {

  public ResourceChanged {
    Objects.requireNonNull(type);
    Objects.requireNonNull(resourceType);
    Objects.requireNonNull(resourceId);
    Objects.requireNonNull(link);
    Objects.requireNonNull(districtId);
    Objects.requireNonNull(audience);
  }

  /** Who may read an event: the same people who may read the resource when it changed. */
  public enum Audience {
    /** Everyone, anonymous callers included (e.g. anything of a published plan). */
    PUBLIC,
    /** Those who read the ambito's drafts: its plan office, health authority and comuni. */
    DISTRICT,
    /** The ambito's plan office only (e.g. registrations, expressions of interest). */
    OFFICE;

    /** PUBLIC for a resource of a public plan, DISTRICT for one of a draft. */
    public static Audience ofPlan(boolean planIsPublic) {
      return planIsPublic ? PUBLIC : DISTRICT;
    }
  }
}
