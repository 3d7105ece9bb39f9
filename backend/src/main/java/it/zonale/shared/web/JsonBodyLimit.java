package it.zonale.shared.web;

import io.quarkus.runtime.configuration.MemorySize;
import it.zonale.shared.error.DomainException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Caps JSON request bodies at 1 MB while they are read: the HTTP limit ({@code
 * quarkus.http.limits.max-body-size}) is sized for the largest body, a call's attachment, and no
 * JSON body of this API comes near a megabyte. Every other body is counted against the HTTP limit
 * here too, so that a chunked body over it is a 413 problem (see {@link OversizedBodyProblem}).
 */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {
  public static final long MAX_JSON_BYTES = 1024L * 1024;

  private final long maxBodyBytes;

  public JsonBodyLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
    this.maxBodyBytes = limit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (isJson(context.getMediaType())) {
      String length = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
      if (length != null && declaredLength(length) > MAX_JSON_BYTES) {
        throw tooLarge();
      }
      // A chunked body declares no length: count it as it is read.
      context.setInputStream(
          new Capped(context.getInputStream(), MAX_JSON_BYTES, JsonBodyLimit::tooLarge));
    } else if (maxBodyBytes < Long.MAX_VALUE) {
      context.setInputStream(
          new Capped(
              context.getInputStream(),
              maxBodyBytes,
              () ->
                  DomainException.TooLarge.of(
                      "payload-too-large",
                      "The body is larger than this API accepts: at most "
                          + maxBodyBytes / (1024 * 1024)
                          + " MB.")));
    }
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().endsWith("+json"));
  }

  private static long declaredLength(String header) {
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static DomainException tooLarge() {
    return DomainException.TooLarge.of(
        "payload-too-large", "A JSON body may be at most 1 MB; this one is larger.");
  }

  /** Fails as soon as more than {@code max} bytes have been read. */
  private static final class Capped extends FilterInputStream {
    private final long max;
    private final Supplier<DomainException> tooLarge;
    private long count;

    Capped(InputStream in, long max, Supplier<DomainException> tooLarge) {
      super(in);
      this.max = max;
      this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) {
      count += n;
      if (count > max) {
        throw tooLarge.get();
      }
    }
  }
}
