package it.zonale.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GET (RFC 9110 §13) and caching of JSON reads (AgID RAC_REST_NAME_009/010).
 *
 * <p>A successful GET with a JSON body is serialized here once, with the application's {@link
 * ObjectMapper}, and its bytes go on as the entity (the byte[] writer copies them as they are), so
 * the ETag is the hash of exactly what is sent. A request whose {@code If-None-Match} names that
 * ETag gets 304 with no body.
 *
 * <p>{@code Cache-Control}:
 *
 * <ul>
 *   <li>an anonymous read of a public ({@code @PermitAll}) operation: {@code public, max-age=60}.
 *       What an anonymous caller reads is public (published plans, their tables and sessions),
 *       changes a few times a day, and is what a whole region reads: a minute of staleness lets a
 *       shared cache (and the browser) answer most of it, and is short enough for a citizen who
 *       reloads after a session was moved;
 *   <li>the same read with a token: {@code private, no-cache}. It may hold a draft of the caller's
 *       ambito, so only the caller's browser may keep it, and it revalidates every time: the plan
 *       office sees its own change at once, and an unchanged answer costs a 304;
 *   <li>every other read ({@code @RolesAllowed}: organisations, people, registrations) keeps {@code
 *       no-store} from {@link SecurityHeadersFilter}; it still gets an ETag for clients that
 *       revalidate by hand.
 * </ul>
 *
 * {@code Vary: Authorization} because what a public operation answers depends on the caller's
 * ambito. No JSON body depends on {@code Accept-Language} (only PDFs do), so it is not listed.
 * Problem responses, exports (CSV, XLSX, PDF, iCalendar: their resources set their own headers) and
 * anything outside the JAX-RS resources (/q/) never pass here.
 */
@ApplicationScoped
public class HttpCacheFilter {
  public static final String PUBLIC_CACHE = "public, max-age=60";
  public static final String PRIVATE_CACHE = "private, no-cache";

  /** Set on the request when its answer may be kept by shared caches; see SecurityHeadersFilter. */
  static final String SHARED_CACHEABLE = "zonale.cache.shared";

  private static final java.lang.annotation.Annotation[] NO_ANNOTATIONS = {};

  private final ObjectMapper mapper;

  public HttpCacheFilter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Runs before {@link SecurityHeadersFilter} (response filters run from the highest priority
   * down), which then keeps the Cache-Control set here.
   */
  @ServerResponseFilter(priority = jakarta.ws.rs.Priorities.USER + 100)
  public void conditionalGet(
      ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource)
      throws JsonProcessingException {
    if (!HttpMethod.GET.equals(request.getMethod())
        || response.getEntity() instanceof jakarta.ws.rs.core.StreamingOutput
        || response.getStatus() != 200
        || !response.hasEntity()
        || !isJson(response.getMediaType())
        || request.getUriInfo().getPath().startsWith("/q/")) {
      return;
    }
    Object entity = response.getEntity();
    byte[] body =
        entity instanceof byte[] bytes
            ? bytes
            : entity instanceof String text
                ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : mapper.writeValueAsBytes(entity);
    String etag = etagOf(body);
    var headers = response.getHeaders();
    headers.putSingle(HttpHeaders.ETAG, etag);
    if (isPublic(resource)) {
      boolean anonymous = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
      headers.putSingle(HttpHeaders.CACHE_CONTROL, anonymous ? PUBLIC_CACHE : PRIVATE_CACHE);
      if (anonymous) {
        request.setProperty(SHARED_CACHEABLE, Boolean.TRUE);
      }
      headers.add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
    }
    if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
      response.setStatus(304);
      response.setEntity(null);
      headers.remove(HttpHeaders.CONTENT_TYPE);
    } else {
      response.setEntity(body, NO_ANNOTATIONS, response.getMediaType());
    }
  }

  static boolean isJson(MediaType type) {
    return type != null
        && MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
        && !type.isWildcardType();
  }

  /** Readable without a token, and not narrowed to roles on the method. */
  static boolean isPublic(ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return false;
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return true;
    }
    return !method.isAnnotationPresent(RolesAllowed.class)
        && !method.isAnnotationPresent(io.quarkus.security.Authenticated.class)
        && resource.getResourceClass().isAnnotationPresent(PermitAll.class);
  }

  /** A strong validator: the first 128 bits of the body's SHA-256, base64url. */
  static String etagOf(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"'
          + Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(java.util.Arrays.copyOf(digest, 16))
          + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** RFC 9110 §13.1.2: weak comparison, a list of tags or {@code *}. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*")) {
        return true;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
