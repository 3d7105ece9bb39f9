package it.zonale.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers on every API answer: no MIME sniffing, and no caching (AgID RAC_REST_NAME_010: answers
 * may carry personal data) unless an answer says otherwise. A {@code public} one stands only on a
 * 200 text/calendar answer to a request without a token (a resource marks its public iCalendar feed
 * so), or where {@link HttpCacheFilter} found an anonymous read of a public operation.
 */
public class SecurityHeadersFilter {
  static final String NO_STORE = "no-store";
  static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar");

  @ServerResponseFilter
  public void addHeaders(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    Object cacheControl = response.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL);
    if (cacheControl == null
        || (isPublic(cacheControl.toString()) && !mayBeSharedCached(request, response))) {
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
    }
  }

  private static boolean isPublic(String cacheControl) {
    return cacheControl.toLowerCase(Locale.ROOT).contains("public");
  }

  /**
   * Calendar apps poll feeds anonymously, and what an anonymous request reads is public. With a
   * token the answer may hold a draft plan of the caller's ambito, which no shared cache may keep.
   */
  private static boolean mayBeSharedCached(
      ContainerRequestContext request, ContainerResponseContext response) {
    if (Boolean.TRUE.equals(request.getProperty(HttpCacheFilter.SHARED_CACHEABLE))) {
      return request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
    }
    return response.getStatus() == 200
        && response.getMediaType() != null
        && TEXT_CALENDAR.isCompatible(response.getMediaType())
        && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
  }
}
