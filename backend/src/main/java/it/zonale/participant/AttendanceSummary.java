package it.zonale.participant;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Attendance of a plan's held sessions, by table (plenaries apart) and by organisation. */
@Schema(name = "AttendanceSummary")
public record AttendanceSummary(
    @Schema(required = true) UUID planId,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "100000") int sessionsHeld,
    @Schema(required = true, maxItems = 1000) List<Row> tables,
    @Schema(required = true, maxItems = 100000) List<Row> organizations) {

  /**
   * Registered people (seat or waitlist, not cancelled) at held sessions, how many attended, and
   * the rate; {@code id} is the table (absent for plenaries) or the organisation.
   */
  @Schema(name = "AttendanceRow")
  public record Row(
      UUID id,
      @Schema(description = "The organisation's name; absent on table rows.", maxLength = 200)
          String name,
      @Schema(format = "int32", minimum = "0", maximum = "100000", required = true) int sessions,
      @Schema(format = "int64", minimum = "0", maximum = "1000000000", required = true)
          long registered,
      @Schema(format = "int64", minimum = "0", maximum = "1000000000", required = true)
          long attended,
      @Schema(
              description = "attended / registered, 0 to 1; absent when nobody was registered.",
              minimum = "0",
              maximum = "1")
          Double rate) {}
}
