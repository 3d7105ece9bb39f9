package it.zonale.plandocument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical JSON of a version's content (properties sorted by name, no blanks, nulls left out,
 * UTF-8) and its SHA-256: equal content always gives the same bytes, hence the same hash.
 */
final class ContentJson {
  private ContentJson() {}

  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(SerializationFeature.INDENT_OUTPUT)
          .build();

  static String write(DocumentContent content) {
    try {
      return CANONICAL.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Document content not serialisable", e);
    }
  }

  static DocumentContent read(String json) {
    try {
      return CANONICAL.readValue(json, DocumentContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored document content unreadable", e);
    }
  }

  static String sha256(String canonicalJson) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
