package it.zonale.shared.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.DomainException.RefusedObject;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.security.AccessRefused;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.Problem.ProblemError;
import jakarta.enterprise.event.Event;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem+json: domain failures, bad input (never a 5xx),
 * security refusals, and, last, anything unexpected as a generic 500 whose details go only to the
 * log.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  private static final Map<Integer, String> TITLES =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(409, "Conflict"),
          Map.entry(413, "Content Too Large"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(422, "Unprocessable Content"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(503, "Service Unavailable"));

  /** The field code of each standard constraint; @Size and custom constraints apart. */
  private static final Map<Class<? extends Annotation>, String> CONSTRAINT_CODES =
      Map.ofEntries(
          Map.entry(NotNull.class, FieldCode.REQUIRED),
          Map.entry(NotBlank.class, FieldCode.REQUIRED),
          Map.entry(NotEmpty.class, FieldCode.REQUIRED),
          Map.entry(Null.class, FieldCode.NOT_ALLOWED),
          Map.entry(Min.class, FieldCode.OUT_OF_RANGE),
          Map.entry(Max.class, FieldCode.OUT_OF_RANGE),
          Map.entry(DecimalMin.class, FieldCode.OUT_OF_RANGE),
          Map.entry(DecimalMax.class, FieldCode.OUT_OF_RANGE),
          Map.entry(Positive.class, FieldCode.OUT_OF_RANGE),
          Map.entry(PositiveOrZero.class, FieldCode.OUT_OF_RANGE),
          Map.entry(Negative.class, FieldCode.OUT_OF_RANGE),
          Map.entry(NegativeOrZero.class, FieldCode.OUT_OF_RANGE),
          Map.entry(Past.class, FieldCode.OUT_OF_RANGE),
          Map.entry(PastOrPresent.class, FieldCode.OUT_OF_RANGE),
          Map.entry(Future.class, FieldCode.OUT_OF_RANGE),
          Map.entry(FutureOrPresent.class, FieldCode.OUT_OF_RANGE),
          Map.entry(Range.class, FieldCode.OUT_OF_RANGE),
          Map.entry(Pattern.class, FieldCode.INVALID_FORMAT),
          Map.entry(Email.class, FieldCode.INVALID_FORMAT),
          Map.entry(Digits.class, FieldCode.INVALID_FORMAT));

  private final Event<AccessRefused> refusals;
  private final CurrentUser user;

  public ProblemMappers(Event<AccessRefused> refusals, CurrentUser user) {
    this.refusals = refusals;
    this.user = user;
  }

  @ServerExceptionMapper
  public Uni<Response> domain(DomainException e, ContainerRequestContext request) {
    AccessRefused refusal = null;
    if (e instanceof DomainException.Forbidden
        || (e instanceof DomainException.NotFound && e.refused().isPresent())) {
      // why: the one place where refusals are audited; a plain NotFound is an unknown id and is not
      refusal = refusal(request, e.refused(), e.type() + ": " + e.getMessage());
    }
    return recorded(refusal, domainAnswer(e, request.getUriInfo()));
  }

  private static Response domainAnswer(DomainException e, UriInfo uri) {
    int status;
    List<ProblemError> errors = null;
    if (e instanceof DomainException.NotFound) {
      status = 404;
    } else if (e instanceof DomainException.Conflict || e instanceof DomainException.StaleVersion) {
      status = 409;
    } else if (e instanceof DomainException.InvalidState state) {
      status = 422;
      if (!state.errors().isEmpty()) {
        errors =
            state.errors().stream()
                .map(f -> new ProblemError(f.pointer(), f.code(), f.detail()))
                .toList();
      }
    } else if (e instanceof DomainException.Forbidden) {
      status = 403;
    } else if (e instanceof DomainException.TooLarge) {
      status = 413;
    } else if (e instanceof DomainException.UnsupportedContent) {
      status = 415;
    } else {
      status = 400;
      errors =
          ((DomainException.InvalidInput) e)
              .errors().stream()
                  .map(f -> new ProblemError(f.pointer(), f.code(), f.detail()))
                  .toList();
    }
    Response.ResponseBuilder answer = builder(status, e.type(), e.getMessage(), uri, errors);
    if (status == 413) {
      // The client may still be sending the rest of the body: do not read it, close.
      answer.header("Connection", "close");
    }
    return answer.build();
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<ProblemError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new ProblemError(pointer(v), code(v), v.getMessage()))
            .sorted(Comparator.comparing(ProblemError::pointer).thenComparing(ProblemError::code))
            .toList();
    return respond(400, "invalid-input", "The request has invalid fields.", uri, errors);
  }

  @ServerExceptionMapper
  public Response badJson(JsonProcessingException e, UriInfo uri) {
    // Never echo Jackson's message: it names Java classes.
    if (e instanceof JsonParseException parse) {
      var loc = parse.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      return respond(
          400, "malformed-json", "The request body is not valid JSON" + where + ".", uri, null);
    }
    if (e instanceof JsonMappingException mapping) {
      String pointer = jsonPointer(mapping.getPath());
      String code = FieldCode.INVALID_FORMAT;
      String detail = "has the wrong type or format";
      if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
        Class<?> target = invalid.getTargetType();
        if (target.isEnum()) {
          detail = "must be one of " + Arrays.toString(target.getEnumConstants());
        } else {
          detail = "must be a valid " + friendlyType(target);
        }
      } else if (mapping instanceof MismatchedInputException mismatched
          && mismatched.getTargetType() != null) {
        detail = "must be a valid " + friendlyType(mismatched.getTargetType());
      } else if (mapping.getCause() instanceof IllegalArgumentException cause
          && cause.getMessage() != null
          && cause.getMessage().length() < 200) {
        code = FieldCode.INVALID;
        detail = cause.getMessage();
      }
      if (mapping.getCause() instanceof InputCoercionException) {
        // A number too large for its type, e.g. 99999999999 for an int.
        code = FieldCode.OUT_OF_RANGE;
      }
      if (pointer.isEmpty()) {
        return respond(
            400, "malformed-json", "The request body does not have the expected shape.", uri, null);
      }
      return respond(
          400,
          "invalid-input",
          "The request has invalid fields.",
          uri,
          List.of(new ProblemError(pointer, code, detail)));
    }
    return respond(400, "malformed-json", "The request body is not valid JSON.", uri, null);
  }

  /** Declared apart so that it wins over Quarkus' own mapper for this more specific exception. */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return badJson(e, uri);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (e.getCause() instanceof JsonProcessingException json) {
      return badJson(json, uri);
    }
    if (status == 404 && e.getCause() != null && uri != null) {
      // Quarkus answers 404 when a parameter does not convert; for a query parameter that is the
      // caller's bad input (400), for a path parameter the resource indeed does not exist.
      String message = String.valueOf(e.getCause().getMessage());
      for (var param : uri.getQueryParameters().entrySet()) {
        for (String value : param.getValue()) {
          if (!value.isEmpty() && message.contains(value)) {
            return respond(
                400,
                "invalid-input",
                "The request has invalid fields.",
                uri,
                List.of(
                    new ProblemError(
                        param.getKey(), FieldCode.INVALID_FORMAT, "has the wrong type or format")));
          }
        }
      }
    }
    if (status >= 500) {
      return unexpected(e, uri);
    }
    String detail =
        switch (status) {
          case 404 -> "There is nothing at this address.";
          case 405 -> "This method is not allowed here.";
          case 406 ->
              "This resource cannot answer in the media type the Accept header asks for"
                  + " (most answer application/json; exports and calendars their own types).";
          case 413 -> "The request body is too large.";
          case 415 ->
              "This operation does not accept the body's Content-Type (JSON operations take"
                  + " application/json).";
          default -> "The request is not valid.";
        };
    String type =
        switch (status) {
          case 404 -> "not-found";
          case 405 -> "method-not-allowed";
          case 406 -> "not-acceptable";
          case 413 -> "payload-too-large";
          case 415 -> "unsupported-media-type";
          default -> "bad-request";
        };
    Response.ResponseBuilder builder = builder(status, type, detail, uri, null);
    if (status == 405
        && e.getResponse() != null
        && e.getResponse().getHeaderString("Allow") != null) {
      builder.header("Allow", e.getResponse().getHeaderString("Allow"));
    }
    return builder.build();
  }

  @ServerExceptionMapper({
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    AuthenticationCompletionException.class,
    AuthenticationRedirectException.class
  })
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    return builder(401, "unauthorized", "Sign in: a valid bearer token is required.", uri, null)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  /** A role refusal (@RolesAllowed), audited on the object the path names. */
  @ServerExceptionMapper
  public Uni<Response> forbidden(ForbiddenException e, ContainerRequestContext request) {
    // why: Quarkus throws this only for a signed-in caller (an anonymous one gets
    // UnauthorizedException, never audited)
    return recorded(
        refusal(request, Optional.empty(), "role not allowed here"),
        respond(
            403,
            "forbidden",
            "Your role does not allow this operation.",
            request.getUriInfo(),
            null));
  }

  /**
   * The answer, once the refusal (if any) is on record. On the IO thread, where Quarkus refuses
   * roles and no transaction may start, the row is written on a worker thread; the answer waits for
   * it either way, so that the refusal is on record when the caller reads the answer.
   */
  private Uni<Response> recorded(AccessRefused refusal, Response answer) {
    if (refusal == null) {
      return Uni.createFrom().item(answer);
    }
    if (!io.vertx.core.Context.isOnEventLoopThread()) {
      refusals.fire(refusal);
      return Uni.createFrom().item(answer);
    }
    return Uni.createFrom()
        .item(
            () -> {
              refusals.fire(refusal);
              return answer;
            })
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  /**
   * A signed-in caller's refusal, for the audit log; null for an anonymous caller, who is not
   * accountable and whose refusals would let anyone flood the log.
   */
  private AccessRefused refusal(
      ContainerRequestContext request, Optional<RefusedObject> object, String reason) {
    if (user.isAnonymous()) {
      return null;
    }
    UriInfo uri = request.getUriInfo();
    String path = uri.getPath();
    List<AccessRefused.PathParameter> parameters = new ArrayList<>();
    uri.getPathParameters()
        .forEach(
            (name, values) ->
                values.forEach(
                    value -> parameters.add(new AccessRefused.PathParameter(name, value))));
    // The order in which the path names them: its first object is the one the operation acts on.
    parameters.sort(Comparator.comparingInt(p -> path.indexOf("/" + p.value())));
    String template = path;
    for (var p : parameters) {
      template = template.replace("/" + p.value(), "/{" + p.name() + "}");
    }
    return new AccessRefused(
        object,
        parameters,
        request.getMethod() + " " + template,
        reason,
        new AccessRefused.Actor(
            user.userId().orElse(user.displayName()),
            user.displayName(),
            user.organizationId().orElse(null)));
  }

  @ServerExceptionMapper
  public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
    return respond(
        409,
        "stale-version",
        "Someone else changed this resource at the same time. Reload it and apply your change again.",
        uri,
        null);
  }

  @ServerExceptionMapper
  public Response persistence(PersistenceException e, UriInfo uri) {
    return unexpected(e, uri);
  }

  /** What a 503 tells the client to wait before trying again, in seconds. */
  static final int RETRY_AFTER_SECONDS = 5;

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    if (databaseUnavailable(e)) {
      // One line, no stack trace: during an outage every request lands here.
      LOG.warnf(
          "Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), rootMessage(e));
      return builder(
              503,
              "service-unavailable",
              "The database cannot be reached right now. Try again in a few seconds.",
              uri,
              null)
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
          .build();
    }
    // A last safety net: the services validate first, but a database refusal of input is still the
    // caller's 4xx, even when it surfaces wrapped at commit time.
    String state = sqlState(e);
    if (state != null) {
      if (state.equals("23505")) {
        return respond(409, "duplicate", "An equal resource already exists.", uri, null);
      }
      if (state.equals("23503")) {
        return respond(
            409,
            "still-referenced",
            "The resource is referenced by other resources, or refers to one that does not exist.",
            uri,
            null);
      }
      // 23502 (not null) means our code forgot a field: that stays a 500, it is not the caller's
      // input.
      if ((state.startsWith("23") && !state.equals("23502")) || state.startsWith("22")) {
        return respond(
            400, "invalid-input", "A value is out of the accepted range or format.", uri, null);
      }
    }
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof OptimisticLockException lock) {
        return optimisticLock(lock, uri);
      }
    }
    LOG.errorf(e, "Unexpected failure on %s", uri == null ? "?" : uri.getPath());
    return respond(
        500, "internal-error", "Something went wrong on our side. Try again later.", uri, null);
  }

  static Response respond(
      int status, String type, String detail, UriInfo uri, List<ProblemError> errors) {
    return builder(status, type, detail, uri, errors).build();
  }

  static Response.ResponseBuilder builder(
      int status, String type, String detail, UriInfo uri, List<ProblemError> errors) {
    Problem problem =
        new Problem(
            Problem.TYPE_PREFIX + type,
            TITLES.getOrDefault(status, "Error"),
            status,
            detail,
            uri == null ? null : uri.getPath(),
            errors == null || errors.isEmpty() ? null : errors);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
  }

  /**
   * True when the failure is the database being out of reach rather than the request: no connection
   * can be made or an open one broke (SQLState class 08), the server is shutting down or starting
   * (57P01–57P03), it has too many connections (53300), or the pool's acquisition timed out.
   */
  static boolean databaseUnavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null
            && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
          return true;
        }
        // Agroal's "Sorry, acquisition timeout!" carries no SQLState.
        if (state == null
            && sql.getMessage() != null
            && sql.getMessage()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("acquisition timeout")) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /**
   * Maps a violation path (method.param.field[2].sub) to a JSON pointer in the body or a query
   * name.
   */
  static String pointer(ConstraintViolation<?> violation) {
    List<String> parts = new ArrayList<>();
    boolean inBody = false;
    Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
    while (nodes.hasNext()) {
      Path.Node node = nodes.next();
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        // Query and path parameters are named as such; a body's fields become a pointer.
        if (nodes.hasNext()) {
          inBody = true;
          continue;
        }
        return node.getName();
      }
      if (node.getIndex() != null) {
        parts.add(String.valueOf(node.getIndex()));
      }
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        parts.add(node.getName());
      }
    }
    if (!inBody && parts.isEmpty()) {
      return "";
    }
    return "/" + String.join("/", parts);
  }

  /**
   * The {@link FieldCode} of a violation, from its constraint: a custom constraint names its own
   * with {@link ViolationCode}; {@code @Size} tells a text (too-short, too-long) from a list
   * (too-short, too-many) by the invalid value.
   */
  static String code(ConstraintViolation<?> violation) {
    var descriptor = violation.getConstraintDescriptor();
    Class<? extends Annotation> constraint = descriptor.getAnnotation().annotationType();
    ViolationCode own = constraint.getAnnotation(ViolationCode.class);
    if (own != null) {
      return own.value();
    }
    if (constraint == Size.class || constraint == Length.class) {
      Object value = violation.getInvalidValue();
      Object min = descriptor.getAttributes().get("min");
      int size = sizeOf(value);
      if (size < 0 || !(min instanceof Integer)) {
        return FieldCode.INVALID;
      }
      if (size < (Integer) min) {
        return FieldCode.TOO_SHORT;
      }
      return value instanceof CharSequence ? FieldCode.TOO_LONG : FieldCode.TOO_MANY;
    }
    return CONSTRAINT_CODES.getOrDefault(constraint, FieldCode.INVALID);
  }

  /** Length of a text, size of a list, map or array; -1 for anything else. */
  private static int sizeOf(Object value) {
    if (value instanceof CharSequence text) {
      return text.length();
    }
    if (value instanceof Collection<?> collection) {
      return collection.size();
    }
    if (value instanceof Map<?, ?> map) {
      return map.size();
    }
    if (value != null && value.getClass().isArray()) {
      return java.lang.reflect.Array.getLength(value);
    }
    return -1;
  }

  private static String jsonPointer(List<JsonMappingException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      pointer.append('/');
      if (ref.getFieldName() != null) {
        pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        pointer.append(ref.getIndex());
      }
    }
    return pointer.toString();
  }

  private static String friendlyType(Class<?> type) {
    String name = type.getSimpleName();
    return switch (name) {
      case "UUID" -> "UUID";
      case "LocalDate" -> "date (YYYY-MM-DD)";
      case "OffsetDateTime", "Instant" -> "date-time (RFC 3339, e.g. 2021-09-29T16:30:00+02:00)";
      case "Integer", "int", "Long", "long" -> "integer";
      case "Boolean", "boolean" -> "boolean";
      case "String" -> "string";
      case "List", "Set" -> "array";
      default ->
          type.isEnum() ? "value: one of " + Arrays.toString(type.getEnumConstants()) : "object";
    };
  }
}
