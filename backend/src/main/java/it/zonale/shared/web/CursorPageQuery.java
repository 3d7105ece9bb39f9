package it.zonale.shared.web;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging of the lists that grow without bound (AgID RAC_REST_NAME_005 {@code cursor}): either
 * {@code offset} as everywhere, or the {@code nextCursor} of the previous page, which reads on from
 * the last item's sort key with an index seek, however deep the page (keyset pagination).
 */
public class CursorPageQuery extends PageQuery {
  @QueryParam("cursor")
  @Size(max = 700)
  @Pattern(regexp = "^[A-Za-z0-9_-]+$")
  @Parameter(
      description =
          "The nextCursor of the previous page, as it came (opaque); not together with offset.")
  public String cursor;

  public CursorPageQuery() {}

  /** Where a cursor page starts: after the item with this sort key and id. */
  public record After(String key, UUID id) {}

  /**
   * The position the cursor names, or null for an offset page.
   *
   * @throws DomainException.InvalidInput both cursor and offset, or a cursor not made by us
   */
  public After after(UriInfo uri) {
    if (cursor == null) {
      return null;
    }
    if (uri.getQueryParameters().containsKey("offset")) {
      throw DomainException.InvalidInput.of(
          "offset", FieldCode.NOT_ALLOWED, "give either cursor or offset, not both");
    }
    return decode(cursor);
  }

  /** The cursor of the page that follows an item with this sort key and id. */
  public static String encode(String key, UUID id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((id + ":" + key).getBytes(StandardCharsets.UTF_8));
  }

  static After decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.length() < 37 || text.charAt(36) != ':') {
        throw new IllegalArgumentException("no id");
      }
      return new After(text.substring(37), UUID.fromString(text.substring(0, 36)));
    } catch (IllegalArgumentException e) {
      throw DomainException.InvalidInput.of(
          "cursor", FieldCode.INVALID_FORMAT, "not a cursor of this list: start again without it");
    }
  }
}
