package it.zonale.participant;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a session's registrations (an organisation sees only its own), with the session's
 * seat counts, which name nobody.
 */
@Schema(name = "RegistrationPage")
public record RegistrationPage(
    @Schema(required = true, maxItems = 100) List<Registration> items,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "100") int limit,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") int offset,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000") long total,
    @Schema(
            description = "Seats of the session; absent when unlimited.",
            format = "int32",
            minimum = "1",
            maximum = "100000")
        Integer capacity,
    @Schema(
            required = true,
            description = "Registrations holding a seat, all organisations.",
            format = "int64",
            minimum = "0",
            maximum = "1000000000")
        long registeredCount,
    @Schema(
            required = true,
            description = "Registrations waiting for a seat, all organisations.",
            format = "int64",
            minimum = "0",
            maximum = "1000000000")
        long waitlistCount,
    @Schema(
            description = "Pass it as cursor to read the next page; absent on the last page.",
            maxLength = 700,
            pattern = "^[A-Za-z0-9_-]+$")
        String nextCursor) {}
