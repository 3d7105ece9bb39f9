package it.zonale.call;

import it.zonale.attachment.Attachment;
import it.zonale.attachment.AttachmentApi;
import it.zonale.attachment.AttachmentKind;
import it.zonale.attachment.AttachmentOwner;
import it.zonale.shared.document.Documents;
import it.zonale.shared.security.Roles;
import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The documents of a call (the invito, annex A): uploaded raw by the plan office of the call's
 * ambito, downloaded by whoever may read the call. Storage and checks are the attachment
 * component's; this resource says the paths and who may read and change.
 */
@Path("/api/v1/calls/{callId}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calls", description = "Inviti: calls for expressions of interest and their documents")
public class CallAttachmentResource {
  static final String PDF = Documents.PDF;
  static final String ODT = Documents.ODT;
  static final String DOCX = Documents.DOCX;

  /** The largest document, for the contract (annotation values must be constants). */
  static final int MAX = AttachmentApi.MAX_BYTES;

  private static final AttachmentKind KIND = AttachmentKind.CALL;

  private final AttachmentApi attachments;
  private final CallService calls;

  public CallAttachmentResource(AttachmentApi attachments, CallService calls) {
    this.attachments = attachments;
    this.calls = calls;
  }

  /** Whoever may read the call reads its documents (call-not-found otherwise). */
  private AttachmentOwner readable(UUID callId) {
    return owner(calls.readableCall(callId));
  }

  /** The plan office of the call's ambito changes them. */
  private AttachmentOwner manageable(UUID callId) {
    return owner(calls.manageableCall(callId));
  }

  private static AttachmentOwner owner(CallRef call) {
    return new AttachmentOwner(call.id(), call.districtId());
  }

  private static CallAttachment view(Attachment a) {
    return new CallAttachment(
        a.id(), a.ownerId(), a.filename(), a.mediaType(), a.size(), a.sha256(), a.uploadedAt());
  }

  @GET
  @PermitAll
  @Operation(
      summary = "List a call's attachments",
      description = "Name, media type, size and SHA-256 of each document; readable as the call is.")
  public CallAttachmentPage listCallAttachments(
      @PathParam("callId") UUID callId, @Valid @BeanParam PageQuery page) {
    var listing =
        attachments.listAttachments(
            KIND, () -> readable(callId), page.limit, page.offset, CallAttachmentResource::view);
    return new CallAttachmentPage(listing.items(), page.limit, page.offset, listing.total());
  }

  @POST
  @RolesAllowed(Roles.CONSORTIUM)
  @Consumes({PDF, ODT, DOCX})
  @Operation(
      summary = "Attach a document to a call",
      description =
          "The raw file is the body, its media type the Content-Type and its name the filename"
              + " parameter. The content must be of the declared type (checked by its magic bytes"
              + " and, for ODT and DOCX, by the entry naming the format): otherwise 415"
              + " attachment-type-mismatch. At most 10 MB (413) and 20 attachments per call.")
  @APIResponse(
      responseCode = "201",
      description = "Attached.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CallAttachment.class)))
  @APIResponse(responseCode = "413", description = "The file is larger than 10 MB.")
  @APIResponse(
      responseCode = "415",
      description =
          "Not a PDF, ODT or DOCX, or the content is not of the declared Content-Type"
              + " (attachment-type-mismatch).")
  public Response uploadCallAttachment(
      @PathParam("callId") UUID callId,
      @QueryParam("filename")
          @NotBlank
          @Size(max = AttachmentApi.MAX_FILENAME)
          @Parameter(
              required = true,
              description =
                  "The file's name as it will be offered for download, without path separators.",
              example = "Invito_Terzo_settore.pdf")
          String filename,
      @RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = PDF,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX)),
                @Content(
                    mediaType = ODT,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX)),
                @Content(
                    mediaType = DOCX,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX))
              })
          byte[] content,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    CallAttachment created =
        attachments.uploadAttachment(
            KIND,
            () -> manageable(callId),
            filename,
            headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
            content,
            CallAttachmentResource::view);
    return AttachmentApi.created(uri, created.id(), created);
  }

  @GET
  @Path("/{attachmentId}")
  @PermitAll
  @Produces({PDF, ODT, DOCX})
  @Operation(
      summary = "Download an attachment of a call",
      description =
          "The bytes as uploaded, with their media type and Content-Disposition: attachment"
              + " (the name in filename*, RFC 8187). Compare with sha256 of the listing.")
  @APIResponse(
      responseCode = "200",
      description = "The document.",
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment; filename=\"…\"; filename*=UTF-8''…",
              schema =
                  @Schema(type = SchemaType.STRING, maxLength = 1000, pattern = "^attachment; ")),
      content = {
        @Content(
            mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX)),
        @Content(
            mediaType = ODT,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX)),
        @Content(
            mediaType = DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX))
      })
  public Response downloadCallAttachment(
      @PathParam("callId") UUID callId, @PathParam("attachmentId") UUID attachmentId) {
    return AttachmentApi.download(
        attachments.downloadAttachment(KIND, () -> readable(callId), attachmentId));
  }

  @DELETE
  @Path("/{attachmentId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Delete an attachment of a call",
      description = "The plan office of the call's ambito removes a document it attached.")
  @APIResponse(responseCode = "204", description = "Deleted.")
  public void deleteCallAttachment(
      @PathParam("callId") UUID callId, @PathParam("attachmentId") UUID attachmentId) {
    attachments.deleteAttachment(
        KIND, () -> manageable(callId), attachmentId, CallAttachmentResource::view);
  }
}
