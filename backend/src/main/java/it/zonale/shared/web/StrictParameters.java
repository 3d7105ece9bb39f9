package it.zonale.shared.web;

import it.zonale.shared.error.FieldCode;
import it.zonale.shared.web.Problem.ProblemError;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Strict input for every operation, in one place: a query parameter the operation does not declare
 * is a 400 {@code unknown-query-parameter} (an integrator's {@code ?updatedSince=} must not
 * silently answer everything), and a UUID query or path parameter that is not the canonical
 * 8-4-4-4-12 hex form is a 400 {@code invalid-parameter} ({@link UUID#fromString} accepts {@code
 * 1-1-1-1-1}).
 *
 * <p>What an operation declares is read once per resource method from its {@code @QueryParam} and
 * {@code @PathParam} (or {@code @RestQuery}/{@code @RestPath}) parameters, the fields of its
 * {@code @BeanParam}s (such as {@link PageQuery}, with their superclasses) and the resource class's
 * own fields, which are also what the contract lists.
 */
public class StrictParameters {
  public static final String UNKNOWN = "unknown-query-parameter";
  public static final String INVALID = "invalid-parameter";

  private static final Pattern CANONICAL_UUID =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  /** The query parameters an operation declares, and which query and path ones are UUIDs. */
  record Declared(Set<String> query, Set<String> uuidQuery, Set<String> uuidPath) {}

  private static final Map<Method, Declared> DECLARED = new ConcurrentHashMap<>();

  /** Runs once the operation is matched, before authentication's role checks matter to input. */
  @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER - 500)
  public Response check(ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return null;
    }
    Declared declared =
        DECLARED.computeIfAbsent(method, m -> declared(m, resource.getResourceClass()));
    UriInfo uri = request.getUriInfo();
    Map<String, List<String>> query = uri.getQueryParameters();
    Set<String> unknown = new TreeSet<>();
    for (String name : query.keySet()) {
      if (!declared.query().contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      String known =
          declared.query().isEmpty()
              ? "this operation takes no query parameters"
              : "this operation takes " + String.join(", ", new TreeSet<>(declared.query()));
      List<ProblemError> errors =
          unknown.stream()
              .map(
                  n ->
                      new ProblemError(
                          n, FieldCode.NOT_ALLOWED, "is not a parameter here; " + known))
              .toList();
      return ProblemMappers.respond(
          400,
          UNKNOWN,
          "The request has a query parameter this operation does not know.",
          uri,
          errors);
    }
    Map<String, ProblemError> invalid = new TreeMap<>();
    for (String name : declared.uuidPath()) {
      for (String value : uri.getPathParameters().getOrDefault(name, List.of())) {
        if (!CANONICAL_UUID.matcher(value).matches()) {
          invalid.put(name, uuidError(name));
        }
      }
    }
    for (String name : declared.uuidQuery()) {
      for (String value : query.getOrDefault(name, List.of())) {
        if (!CANONICAL_UUID.matcher(value).matches()) {
          invalid.put(name, uuidError(name));
        }
      }
    }
    if (!invalid.isEmpty()) {
      return ProblemMappers.respond(
          400,
          INVALID,
          "A parameter is not a valid identifier.",
          uri,
          new ArrayList<>(invalid.values()));
    }
    return null;
  }

  private static ProblemError uuidError(String name) {
    return new ProblemError(
        name,
        FieldCode.INVALID_FORMAT,
        "must be a UUID in its canonical form (8-4-4-4-12 hexadecimal digits)");
  }

  static Declared declared(Method method, Class<?> resourceClass) {
    Set<String> query = new TreeSet<>();
    Set<String> uuidQuery = new TreeSet<>();
    Set<String> uuidPath = new TreeSet<>();
    var parameters = method.getParameters();
    for (var parameter : parameters) {
      collect(
          parameter,
          parameter.getName(),
          parameter.getParameterizedType(),
          query,
          uuidQuery,
          uuidPath);
      if (parameter.isAnnotationPresent(BeanParam.class) || isBean(parameter.getType())) {
        collectFields(parameter.getType(), query, uuidQuery, uuidPath);
      }
    }
    if (resourceClass != null) {
      collectFields(resourceClass, query, uuidQuery, uuidPath);
    }
    return new Declared(Set.copyOf(query), Set.copyOf(uuidQuery), Set.copyOf(uuidPath));
  }

  /** A parameter class of ours that holds parameters as fields, used without @BeanParam. */
  private static boolean isBean(Class<?> type) {
    return type.getName().startsWith("it.zonale.") && !type.isEnum() && !type.isRecord();
  }

  private static void collectFields(
      Class<?> type, Set<String> query, Set<String> uuidQuery, Set<String> uuidPath) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        collect(field, field.getName(), field.getGenericType(), query, uuidQuery, uuidPath);
      }
    }
  }

  private static void collect(
      AnnotatedElement element,
      String javaName,
      Type type,
      Set<String> query,
      Set<String> uuidQuery,
      Set<String> uuidPath) {
    String queryName = null;
    String pathName = null;
    if (element.getAnnotation(QueryParam.class) != null) {
      queryName = element.getAnnotation(QueryParam.class).value();
    } else if (element.getAnnotation(RestQuery.class) != null) {
      String value = element.getAnnotation(RestQuery.class).value();
      queryName = value.isEmpty() ? javaName : value;
    }
    if (element.getAnnotation(PathParam.class) != null) {
      pathName = element.getAnnotation(PathParam.class).value();
    } else if (element.getAnnotation(RestPath.class) != null) {
      String value = element.getAnnotation(RestPath.class).value();
      pathName = value.isEmpty() ? javaName : value;
    }
    if (queryName != null) {
      query.add(queryName);
      if (isUuid(type)) {
        uuidQuery.add(queryName);
      }
    }
    if (pathName != null && isUuid(type)) {
      uuidPath.add(pathName);
    }
  }

  /** UUID, or a list, set or Optional of UUIDs. */
  private static boolean isUuid(Type type) {
    if (type == UUID.class) {
      return true;
    }
    if (type instanceof ParameterizedType generic) {
      Type[] arguments = generic.getActualTypeArguments();
      return arguments.length == 1 && arguments[0] == UUID.class;
    }
    return false;
  }
}
