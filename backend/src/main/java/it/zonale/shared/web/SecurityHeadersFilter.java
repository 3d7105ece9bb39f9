package it.zonale.shared.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers on every API answer: no MIME sniffing, and no caching (AgID RAC_REST_NAME_010: answers
 * may carry personal data, and public reads change when a plan is published).
 */
public class SecurityHeadersFilter {
  @ServerResponseFilter
  public void addHeaders(ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }
}
