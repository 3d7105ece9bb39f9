package it.zonale.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated contract with what every operation shares, so that it is declared once:
 * problem+json error responses (RFC 9457, AgID RAC_REST_NAME_008) and the rate-limit headers
 * (RAC_ROBUSTEZZA_001) that {@code RateLimitFilter} emits, and on every JSON read the conditional
 * GET of {@link HttpCacheFilter}: its ETag and Cache-Control, If-None-Match and 304.
 */
public class ContractFilter implements OASFilter {
  static final String PROBLEM_REF = "#/components/schemas/Problem";
  static final String[] RESPONSE_HEADERS = {
    "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Access-Control-Allow-Origin"
  };

  /** Longest text form of the formats that have a fixed shape. */
  static final Map<String, Integer> FORMAT_LENGTHS =
      Map.of("uuid", 36, "date", 10, "date-time", 35);

  private static final Map<String, String> ERRORS = new LinkedHashMap<>();

  static {
    ERRORS.put("400", "Invalid input: see errors[] for each field.");
    ERRORS.put("401", "No valid bearer token.");
    ERRORS.put("403", "The caller's role or organisation does not allow this.");
    ERRORS.put("404", "Unknown id, or not visible to the caller.");
    ERRORS.put(
        "409", "Conflict with stored data, e.g. stale-version when someone else saved first.");
    ERRORS.put("422", "Well-formed but against a business rule, e.g. a forbidden status change.");
    ERRORS.put("429", "Too many requests: wait Retry-After seconds.");
    ERRORS.put("500", "Unexpected failure; details are only in the server log.");
    ERRORS.put(
        "503",
        "The database cannot be reached or is saturated (service-unavailable): wait Retry-After"
            + " seconds.");
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    var components = openAPI.getComponents();
    components.addHeader(
        "X-RateLimit-Limit", header("Requests allowed in the current window.", "int32"));
    components.addHeader(
        "X-RateLimit-Remaining", header("Requests left in the current window.", "int32"));
    components.addHeader("X-RateLimit-Reset", header("Seconds until the window resets.", "int32"));
    components.addHeader("Retry-After", header("Seconds to wait before retrying.", "int32"));
    // RateLimit and RateLimit-Policy (the IETF draft's) are sent too but not declared: the OWASP
    // rule api4:2023-rate-limit accepts exactly one family of rate-limit headers (oneOf).
    components.addHeader(
        "Access-Control-Allow-Origin",
        OASFactory.createHeader()
            .description("The SPA origin, on cross-origin requests from it only (CORS).")
            .schema(
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .format("uri")
                    .maxLength(200)));
    components.addHeader(
        "ETag",
        OASFactory.createHeader()
            .description(
                "Strong validator of this representation (a hash of its bytes): send it back in"
                    + " If-None-Match to get 304 while it has not changed.")
            .schema(stringSchema(100, "^\"[A-Za-z0-9_-]+\"$")));
    components.addHeader(
        "PublicCacheControl",
        OASFactory.createHeader()
            .description(
                HttpCacheFilter.PUBLIC_CACHE
                    + " when read without a token (the answer is public); "
                    + HttpCacheFilter.PRIVATE_CACHE
                    + " with one (it may hold drafts of the caller's ambito).")
            .schema(stringSchema(100, "^(public|private), [a-z0-9=, -]+$")));
    components.addHeader(
        "PrivateCacheControl",
        OASFactory.createHeader()
            .description("no-store: the answer may hold personal data.")
            .schema(stringSchema(100, "^no-store$")));
    components.addHeader(
        "Vary",
        OASFactory.createHeader()
            .description("Authorization: what a caller with a token reads may differ.")
            .schema(stringSchema(100, "^[A-Za-z, -]+$")));
    components.addParameter(
        "If-None-Match",
        OASFactory.createParameter()
            .name("If-None-Match")
            .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
            .description(
                "ETags of representations the caller holds (RFC 9110 §13.1.2); 304 when one"
                    + " matches.")
            .schema(stringSchema(1000, "^[ -~]+$")));
    components.addParameter(
        "Idempotency-Key",
        OASFactory.createParameter()
            .name("Idempotency-Key")
            .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
            .description(
                "Makes a retry safe (IETF draft-ietf-httpapi-idempotency-key-header): a unique"
                    + " value per request, e.g. a UUID. The same key with the same request within"
                    + " 24 h gets the first answer again (Idempotent-Replayed: true) without running"
                    + " twice; with another request it is 422 idempotency-key-reused; while the"
                    + " first still runs, 409 idempotency-key-in-use.")
            .schema(stringSchema(257, "^\"?[!-~]{1,255}\"?$")));
    // OWASP API9: say which environment the server is and that it is public.
    openAPI.setServers(
        List.of(
            OASFactory.createServer()
                .url("https://api.zonale.example.org")
                .description("Production")
                .addExtension("x-internal", false)));
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, operation) -> complete(path, method, operation)));
  }

  private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
    inPathOrder(path, operation);
    APIResponses responses = operation.getResponses();
    boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    boolean write = method != PathItem.HttpMethod.GET;
    if (method == PathItem.HttpMethod.POST) {
      operation.addParameter(OASFactory.createParameter().ref("Idempotency-Key"));
    }
    boolean hasInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    // The realm roles allowed to call stay visible as an extension; bearer schemes take no scopes.
    if (secured) {
      List<String> roles = new ArrayList<>();
      operation
          .getSecurity()
          .forEach(
              requirement ->
                  requirement
                      .getSchemes()
                      .forEach(
                          (name, scopes) -> {
                            if (scopes != null) {
                              roles.addAll(scopes);
                            }
                          }));
      operation.setSecurity(
          List.of(OASFactory.createSecurityRequirement().addScheme("bearer", List.of())));
      if (!roles.isEmpty()) {
        operation.addExtension("x-roles", roles);
      }
    }
    if (!write && returnsJson(responses.getAPIResponse("200"))) {
      conditionalGet(operation, secured);
    }
    for (var entry : ERRORS.entrySet()) {
      String code = entry.getKey();
      boolean applies =
          switch (code) {
            case "400" -> hasInput;
            case "401", "403" -> secured;
            case "404" -> path.contains("{");
            case "409", "422" -> write;
            default -> true;
          };
      if (!applies && !responses.hasAPIResponse(code)) {
        continue;
      }
      APIResponse response = responses.getAPIResponse(code);
      if (response == null) {
        response = OASFactory.createAPIResponse();
        responses.addAPIResponse(code, response);
      }
      response.setDescription(entry.getValue());
      response.setContent(problemContent());
      if (code.equals("429") || code.equals("503")) {
        response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
      }
    }
    responses
        .getAPIResponses()
        .forEach(
            (code, response) -> {
              // Errors an operation declares itself (413, 415 of an upload) are problems too.
              boolean error = code.startsWith("4") || code.startsWith("5");
              if (error
                  && (response.getContent() == null
                      || response.getContent().getMediaType(Problem.MEDIA_TYPE) == null)) {
                response.setContent(problemContent());
              }
              for (String name : RESPONSE_HEADERS) {
                response.addHeader(name, OASFactory.createHeader().ref(name));
              }
            });
  }

  private static boolean returnsJson(APIResponse ok) {
    return ok != null
        && ok.getContent() != null
        && ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON) != null;
  }

  /** What HttpCacheFilter does on a JSON read, declared on it. */
  private static void conditionalGet(Operation operation, boolean secured) {
    operation.addParameter(OASFactory.createParameter().ref("If-None-Match"));
    APIResponse notModified =
        OASFactory.createAPIResponse()
            .description("Not modified: the If-None-Match ETag is still current; no body.");
    for (APIResponse response :
        List.of(operation.getResponses().getAPIResponse("200"), notModified)) {
      response.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
      response.addHeader(
          "Cache-Control",
          OASFactory.createHeader().ref(secured ? "PrivateCacheControl" : "PublicCacheControl"));
      if (!secured) {
        response.addHeader("Vary", OASFactory.createHeader().ref("Vary"));
      }
    }
    operation.getResponses().addAPIResponse("304", notModified);
  }

  private static Schema stringSchema(int maxLength, String pattern) {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.STRING)
        .maxLength(maxLength)
        .pattern(pattern);
  }

  /**
   * Path parameters first and in the order the path names them: generators make them the first
   * arguments in the declared order, so {@code /sessions/{sessionId}/participants/{participantId}}
   * must not become {@code (participantId, sessionId)}, where swapped UUIDs compile silently.
   */
  private static void inPathOrder(String path, Operation operation) {
    var parameters = operation.getParameters();
    if (parameters == null || parameters.size() < 2) {
      return;
    }
    List<org.eclipse.microprofile.openapi.models.parameters.Parameter> pathOnes = new ArrayList<>();
    List<org.eclipse.microprofile.openapi.models.parameters.Parameter> others = new ArrayList<>();
    for (var parameter : parameters) {
      if (parameter.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH
          && parameter.getName() != null) {
        pathOnes.add(parameter);
      } else {
        others.add(parameter);
      }
    }
    pathOnes.sort(java.util.Comparator.comparingInt(p -> path.indexOf("{" + p.getName() + "}")));
    List<org.eclipse.microprofile.openapi.models.parameters.Parameter> ordered =
        new ArrayList<>(pathOnes);
    ordered.addAll(others);
    operation.setParameters(ordered);
  }

  /**
   * Every schema as generators read it right:
   *
   * <ul>
   *   <li>a {@code $ref} stands alone but for its description and examples (OpenAPI 3.1 allows
   *       those): the {@code type: string} that SmallRye puts next to a reference to an enum, a
   *       UUID or a date-time contradicts an object-typed target for some generators and is
   *       dropped;
   *   <li>a schema with a format or a pattern but no type (query parameters such as {@code year},
   *       {@code from}, {@code questionKey}) gets its type, so generators do not make it an Object;
   *   <li>{@code BigDecimal} is {@code type: number, format: double}, not the unknown {@code
   *       format: decimal}: the values so typed (survey bounds and matrix column values) are small
   *       numbers that a double holds exactly enough, and they are JSON numbers on the wire, which
   *       a string with a pattern would break for every existing client. An amount of money that
   *       must stay exact would be a string with a pattern; there is none in the API.
   *   <li>strings of a fixed-shape format get their length bound (OWASP API4), wherever they
   *       appear.
   * </ul>
   */
  @Override
  public Schema filterSchema(Schema schema) {
    if (schema.getRef() != null) {
      schema.setType(null);
      return schema;
    }
    if ("decimal".equals(schema.getFormat())) {
      schema.setFormat("double");
    }
    if (schema.getType() == null
        && schema.getAllOf() == null
        && schema.getAnyOf() == null
        && schema.getOneOf() == null) {
      if ("int32".equals(schema.getFormat()) || "int64".equals(schema.getFormat())) {
        schema.addType(Schema.SchemaType.INTEGER);
      } else if (schema.getPattern() != null
          || schema.getMaxLength() != null
          || (schema.getFormat() != null && FORMAT_LENGTHS.containsKey(schema.getFormat()))) {
        schema.addType(Schema.SchemaType.STRING);
      }
    }
    if (schema.getFormat() != null
        && schema.getMaxLength() == null
        && FORMAT_LENGTHS.containsKey(schema.getFormat())) {
      schema.setMaxLength(FORMAT_LENGTHS.get(schema.getFormat()));
    }
    return schema;
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            Problem.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
  }

  private static Header header(String description, String format) {
    return OASFactory.createHeader()
        .description(description)
        .schema(
            OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format(format)
                .minimum(java.math.BigDecimal.ZERO)
                .maximum(java.math.BigDecimal.valueOf(1_000_000)));
  }
}
