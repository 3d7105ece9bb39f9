package it.zonale.plandocument;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Export jobs of the plan document: their progress and their file. */
@Path("/api/v1/document-exports")
@Tag(
    name = "plan-document",
    description = "Documento di Piano: narrative sections, versions, comments and exports")
public class DocumentExportResource {
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String ODT = ReportOdt.MIMETYPE;

  private final DocumentExportService service;

  public DocumentExportResource(DocumentExportService service) {
    this.service = service;
  }

  @GET
  @Path("/{exportId}")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Follow an export job",
      description = "Status, phase and percentage; the size once DONE, the error if FAILED.")
  public DocumentExport getDocumentExport(@PathParam("exportId") UUID exportId) {
    return service.getExport(exportId);
  }

  /**
   * RFC 6266: an ASCII {@code filename} for old clients and the exact name as {@code filename*}
   * (RFC 8187, UTF-8, percent-encoded).
   */
  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '-'
          || c == '_') {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  @GET
  @Path("/{exportId}/file")
  @PermitAll
  @Produces({"application/pdf", DOCX, ODT})
  @Operation(
      summary = "Download the file of an export job",
      description = "Once DONE (422 document-export-not-ready before); as an attachment.")
  @APIResponse(
      responseCode = "200",
      description = "The file.",
      content = {
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 500000000)),
        @Content(
            mediaType = DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 500000000)),
        @Content(
            mediaType = ODT,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 500000000))
      })
  public Response downloadDocumentExport(@PathParam("exportId") UUID exportId) {
    DocumentExportService.ExportFile file = service.file(exportId);
    return Response.ok(file.bytes(), file.mediaType())
        .header("Content-Disposition", contentDisposition(file.fileName()))
        .header("Content-Length", file.bytes().length)
        .build();
  }
}
