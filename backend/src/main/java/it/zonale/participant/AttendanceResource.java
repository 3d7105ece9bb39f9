package it.zonale.participant;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Attendance rates of a plan, for its plan office. */
@Path("/api/v1/plans/{planId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "participants", description = "People who take part, and their registrations")
@RolesAllowed(Roles.CONSORTIUM)
public class AttendanceResource {
  private final AttendanceService attendance;

  public AttendanceResource(AttendanceService attendance) {
    this.attendance = attendance;
  }

  @GET
  @Operation(
      summary = "Attendance rates of a plan",
      description =
          "Over the plan's held sessions: registered people, how many attended and the rate, by"
              + " table (plenaries without a table id) and by organisation.")
  public AttendanceSummary getAttendanceSummary(@PathParam("planId") UUID planId) {
    return attendance.summaryOf(planId);
  }
}
