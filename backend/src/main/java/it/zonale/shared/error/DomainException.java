package it.zonale.shared.error;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A failure of a use case that the caller can act on; {@code ProblemMappers} turns each kind into
 * its HTTP status and a stable problem {@code type} slug.
 */
public abstract sealed class DomainException extends RuntimeException
    permits DomainException.NotFound,
        DomainException.Conflict,
        DomainException.StaleVersion,
        DomainException.InvalidState,
        DomainException.Forbidden,
        DomainException.InvalidInput,
        DomainException.TooLarge,
        DomainException.UnsupportedContent {

  private final String type;

  private DomainException(String type, String detail) {
    super(detail);
    this.type = type;
  }

  /** The problem type slug, e.g. {@code plan-not-found}; stable, the SPA translates by it. */
  public String type() {
    return type;
  }

  /**
   * The existing private object whose access this failure refuses, if the thrower named it: {@code
   * ProblemMappers} hands it to the audit log, so that refusals are recorded in one place.
   */
  public Optional<RefusedObject> refused() {
    return Optional.empty();
  }

  /**
   * An existing object whose access was refused: its resource type (as in the audit log), id,
   * ambito (null when it has none) and why, in English.
   */
  public record RefusedObject(String resourceType, Object id, UUID districtId, String reason) {}

  /** Unknown id, or an object of another tenant that the caller must not learn exists (404). */
  public static final class NotFound extends DomainException {
    private final RefusedObject hidden;

    private NotFound(String type, String detail, RefusedObject hidden) {
      super(type, detail);
      this.hidden = hidden;
    }

    /** An unknown id: never audited, so that guessing ids cannot flood the log. */
    public static NotFound of(String resource, Object id) {
      return new NotFound(
          resource + "-not-found",
          "No " + resource.replace('-', ' ') + " with id " + id + ".",
          null);
    }

    /**
     * An existing private object hidden from the caller: the same answer as an unknown id (ADR
     * 0008), but the attempt of a signed-in caller is audited.
     */
    public static NotFound hidden(String resource, Object id, UUID districtId, String reason) {
      NotFound answer = of(resource, id);
      return new NotFound(
          answer.type(), answer.getMessage(), new RefusedObject(resource, id, districtId, reason));
    }

    /**
     * The same answer named as another resource, e.g. a registration whose person is hidden: a
     * hidden object stays hidden (and audited, on the new one), an unknown one stays unknown.
     */
    public NotFound as(String resource, Object id) {
      return hidden == null
          ? of(resource, id)
          : hidden(resource, id, hidden.districtId(), hidden.reason());
    }

    @Override
    public Optional<RefusedObject> refused() {
      return Optional.ofNullable(hidden);
    }
  }

  /** The request collides with what is stored, e.g. a duplicate (409). */
  public static final class Conflict extends DomainException {
    private Conflict(String type, String detail) {
      super(type, detail);
    }

    public static Conflict of(String type, String detail) {
      return new Conflict(type, detail);
    }
  }

  /** Someone else saved first: the caller's version is old (409). */
  public static final class StaleVersion extends DomainException {
    private StaleVersion(String detail) {
      super("stale-version", detail);
    }

    public static StaleVersion of(String resource, long expected, long current) {
      return new StaleVersion(
          "The "
              + resource.replace('-', ' ')
              + " was changed by someone else: you sent version "
              + expected
              + ", the current version is "
              + current
              + ". Reload it and apply your change again.");
    }
  }

  /**
   * A well-formed request that breaks a business rule, e.g. a forbidden status transition (422).
   */
  public static final class InvalidState extends DomainException {
    private final List<FieldProblem> errors;

    private InvalidState(String type, String detail, List<FieldProblem> errors) {
      super(type, detail);
      this.errors = List.copyOf(errors);
    }

    public static InvalidState of(String type, String detail) {
      return new InvalidState(type, detail, List.of());
    }

    /**
     * A well-formed body whose content breaks the rules field by field, e.g. survey answers that do
     * not fit their questions: 422 with one entry of {@code errors} per bad field.
     */
    public static InvalidState withErrors(String type, String detail, List<FieldProblem> errors) {
      return new InvalidState(type, detail, errors);
    }

    public List<FieldProblem> errors() {
      return errors;
    }
  }

  /**
   * The caller may see the object but not do this to it (403). Every 403 to a signed-in caller is
   * audited: on the object named here, else on the object the request's path names.
   */
  public static final class Forbidden extends DomainException {
    private final RefusedObject object;

    private Forbidden(String type, String detail, RefusedObject object) {
      super(type, detail);
      this.object = object;
    }

    /** Refused on the object the request's path names (or on none, if the path names none). */
    public static Forbidden of(String type, String detail) {
      return new Forbidden(type, detail, null);
    }

    /** Refused on this object, when it is not the one the path names (e.g. a body's reference). */
    public static Forbidden on(
        String resource, Object id, UUID districtId, String type, String detail) {
      return new Forbidden(type, detail, new RefusedObject(resource, id, districtId, detail));
    }

    @Override
    public Optional<RefusedObject> refused() {
      return Optional.ofNullable(object);
    }
  }

  /** A body larger than the operation accepts, e.g. an attachment over its size limit (413). */
  public static final class TooLarge extends DomainException {
    private TooLarge(String type, String detail) {
      super(type, detail);
    }

    public static TooLarge of(String type, String detail) {
      return new TooLarge(type, detail);
    }
  }

  /**
   * A body whose content is not of a type the operation accepts, judged by the content itself and
   * not only by its declared Content-Type (415, RFC 9110 §15.5.16).
   */
  public static final class UnsupportedContent extends DomainException {
    private UnsupportedContent(String type, String detail) {
      super(type, detail);
    }

    public static UnsupportedContent of(String type, String detail) {
      return new UnsupportedContent(type, detail);
    }
  }

  /** Field-level input errors found by the service, not by Bean Validation (400). */
  public static final class InvalidInput extends DomainException {
    private final List<FieldProblem> errors;

    private InvalidInput(List<FieldProblem> errors) {
      super("invalid-input", "The request has invalid fields.");
      this.errors = List.copyOf(errors);
    }

    /**
     * @param pointer JSON pointer into the body, or the query parameter name
     * @param code one of {@link FieldCode}, stable: the SPA translates by it
     * @param detail why, in English
     */
    public static InvalidInput of(String pointer, String code, String detail) {
      return new InvalidInput(List.of(new FieldProblem(pointer, code, detail)));
    }

    /** Several invalid fields found at once, e.g. every mistake in a survey's definition. */
    public static InvalidInput of(List<FieldProblem> errors) {
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("an invalid input names at least one field");
      }
      return new InvalidInput(errors);
    }

    public List<FieldProblem> errors() {
      return errors;
    }
  }

  /** One invalid field: a JSON pointer into the request, a {@link FieldCode} and why. */
  public record FieldProblem(String pointer, String code, String detail) {}
}
