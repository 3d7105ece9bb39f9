package it.zonale.shared.security;

import it.zonale.shared.error.DomainException.RefusedObject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A signed-in caller was refused access (403, or 404 hiding an existing private object); fired once
 * per request by {@code ProblemMappers} and recorded by the audit log, so that every refusal takes
 * the same path.
 *
 * @param object the object the thrower named; when empty, the first object the path names
 * @param path the request's path parameters, in the order the path names them
 * @param operation the HTTP method and the path with its parameters named, e.g. {@code PUT
 *     /api/v1/plans/{planId}}
 * @param reason why, in English
 * @param actor who was refused, read from the token where the request was refused: the audit row
 *     may be written on another thread, outside the request's context
 */
public record AccessRefused(
    Optional<RefusedObject> object,
    List<PathParameter> path,
    String operation,
    String reason,
    Actor actor) {

  /** The signed-in caller: token subject, display name and the organisation it acts for. */
  public record Actor(String id, String name, UUID organizationId) {}

  /** One path parameter of the refused request, e.g. {@code planId} and its value. */
  public record PathParameter(String name, String value) {}
}
