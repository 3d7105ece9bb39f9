package it.zonale.attachment;

import it.zonale.shared.document.AttachmentFile;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** The HTTP answers every owner's attachment resource gives the same way. */
public final class AttachmentResponses {
  private AttachmentResponses() {}

  /** 201 with the new document's address (the collection's path and its id). */
  public static Response created(UriInfo uri, UUID id, Object entity) {
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(entity)
        .build();
  }

  /** The bytes as uploaded, with their media type and Content-Disposition: attachment. */
  public static Response download(AttachmentFile file) {
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", file.contentDisposition())
        .build();
  }
}
