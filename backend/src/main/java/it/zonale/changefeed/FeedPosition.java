package it.zonale.changefeed;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in the feed: the writing transaction's id and the event's id, the feed's sort key. As
 * a cursor it is opaque (base64url), so that its form may change without breaking clients.
 */
record FeedPosition(BigInteger txId, long id) {
  static final FeedPosition START = new FeedPosition(BigInteger.ZERO, 0);
  private static final String PREFIX = "e1:";

  String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + txId + ":" + id).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws DomainException.InvalidInput a cursor not made by the feed
   */
  static FeedPosition decode(String cursor) {
    if (cursor == null) {
      return START;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException("not ours");
      }
      String[] parts = text.substring(PREFIX.length()).split(":", -1);
      if (parts.length != 2) {
        throw new IllegalArgumentException("not two parts");
      }
      var position = new FeedPosition(new BigInteger(parts[0]), Long.parseLong(parts[1]));
      if (position.txId.signum() < 0 || position.id < 0 || position.txId.bitLength() > 64) {
        throw new IllegalArgumentException("out of range");
      }
      return position;
    } catch (IllegalArgumentException e) {
      throw DomainException.InvalidInput.of(
          "after",
          FieldCode.INVALID_FORMAT,
          "not a cursor of the change feed: start again without it");
    }
  }
}
