package it.zonale.shared.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The bytes of an attachment with what a download needs to present them. */
public record AttachmentFile(String filename, String mediaType, byte[] content) {

  /**
   * RFC 6266: an ASCII fallback name for old clients and the exact UTF-8 name in {@code filename*}
   * (RFC 8187), so that "Invito è.pdf" arrives as it was uploaded.
   */
  public String contentDisposition() {
    String fallback = filename.replaceAll("[^A-Za-z0-9._ -]", "_");
    // URLEncoder is form encoding: a space is '+', and '*' is kept, which RFC 8187 does not allow.
    String encoded =
        URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
  }
}
