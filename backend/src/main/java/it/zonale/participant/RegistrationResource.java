package it.zonale.participant;

import it.zonale.shared.security.Roles;
import it.zonale.shared.web.CursorPageQuery;
import it.zonale.shared.web.ExportFormat;
import it.zonale.shared.web.SpreadsheetExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registrations of participants to one session. */
@Path("/api/v1/sessions/{sessionId}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participants", description = "People who take part, and their registrations")
@RolesAllowed({Roles.CONSORTIUM, Roles.ASST, Roles.ETS, Roles.COMUNE})
public class RegistrationResource {
  private final RegistrationService service;
  private final AttendanceService attendance;

  private final CertificateService certificates;

  public RegistrationResource(
      RegistrationService service, AttendanceService attendance, CertificateService certificates) {
    this.service = service;
    this.attendance = attendance;
    this.certificates = certificates;
  }

  @GET
  @Operation(
      summary = "List a session's registrations",
      description =
          "The plan office sees all of them; an organisation only its own. In registration"
              + " order; page on with offset, or with the nextCursor of each page.")
  public RegistrationPage listRegistrations(
      @PathParam("sessionId") UUID sessionId,
      @Valid @BeanParam CursorPageQuery page,
      @Context UriInfo uri) {
    return service.listRegistrations(sessionId, page, page.after(uri));
  }

  @POST
  @Operation(summary = "Register a participant to a session")
  @APIResponse(
      responseCode = "201",
      description = "Registered.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Registration.class)))
  public Response registerParticipant(
      @PathParam("sessionId") UUID sessionId,
      @NotNull @Valid RegistrationCreate body,
      @Context UriInfo uri) {
    Registration created = service.registerParticipant(sessionId, body);
    return Response.created(
            uri.getAbsolutePathBuilder().path(created.participantId().toString()).build())
        .entity(created)
        .build();
  }

  @DELETE
  @Path("/{participantId}")
  @Operation(summary = "Cancel a registration before the session starts")
  @APIResponse(responseCode = "204", description = "Cancelled.")
  public void cancelRegistration(
      @PathParam("sessionId") UUID sessionId, @PathParam("participantId") UUID participantId) {
    service.cancelRegistration(sessionId, participantId);
  }

  @PUT
  @Path("/{participantId}/attendance")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Record whether a person attended",
      description =
          "The attendance register of the plan office, from two hours before the start:"
              + " during the meeting on a phone, or afterwards. A person of the ambito who came"
              + " without registering is registered on the spot.")
  public Registration recordAttendance(
      @PathParam("sessionId") UUID sessionId,
      @PathParam("participantId") UUID participantId,
      @NotNull @Valid AttendanceRecord body) {
    return attendance.recordAttendance(sessionId, participantId, body);
  }

  @GET
  @Path("/{participantId}/certificate")
  @Produces("application/pdf")
  @Operation(
      summary = "Download an attendance certificate",
      description =
          "The attestato di partecipazione (PDF) of a person marked present at a held session:"
              + " issued by the plan office of the ambito, with the session, its table, date and"
              + " time in Europe/Rome, duration, place and a verification code (the registration"
              + " id). For the person's own organisation and the plan office of the session's"
              + " ambito. Italian unless `lang=en` or an `Accept-Language` preferring English.")
  @APIResponse(
      responseCode = "200",
      description = "The certificate.",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10000000)))
  @APIResponse(
      responseCode = "422",
      description = "The session is not held yet, or the person was not marked present.")
  public Response downloadAttendanceCertificate(
      @PathParam("sessionId") UUID sessionId,
      @PathParam("participantId") UUID participantId,
      @Parameter(description = "Language of the certificate: it (default) or en.")
          @QueryParam("lang")
          @Pattern(regexp = "^(it|en)$")
          @Size(max = 2)
          String lang,
      @Context HttpHeaders headers) {
    Locale locale =
        lang != null
            ? Locale.forLanguageTag(lang)
            : headers.getAcceptableLanguages().stream()
                .filter(l -> l.getLanguage().equals("it") || l.getLanguage().equals("en"))
                .findFirst()
                .orElse(Locale.ITALIAN);
    byte[] pdf = certificates.certificateOf(sessionId, participantId, locale);
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"attestato-" + sessionId + "-" + participantId + ".pdf\"")
        .build();
  }

  @GET
  @Path("/export")
  @RolesAllowed(Roles.CONSORTIUM)
  @Produces({SpreadsheetExport.CSV, SpreadsheetExport.XLSX})
  @Operation(
      summary = "Export a session's registrations and attendance",
      description =
          "CSV (semicolons, UTF-8 with BOM, for a spreadsheet set to Italian) or XLSX, one row per"
              + " registration with organisation, person, state, waitlist place and attendance.")
  @APIResponse(
      responseCode = "200",
      description = "The file.",
      content = {
        @Content(
            mediaType = SpreadsheetExport.CSV,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100000000)),
        @Content(
            mediaType = SpreadsheetExport.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 100000000))
      })
  public Response exportRegistrations(
      @PathParam("sessionId") UUID sessionId,
      @Parameter(description = "File format.") @QueryParam("format") @DefaultValue("CSV")
          ExportFormat format) {
    return SpreadsheetExport.download(
        format,
        "incontro-" + sessionId + "-iscrizioni",
        "Iscrizioni",
        RegistrationExport.HEADINGS,
        RegistrationExport.rows(attendance.exportOf(sessionId)));
  }
}
