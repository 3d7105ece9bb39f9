package it.zonale.participant;

import it.zonale.session.SessionMode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * What an attendance certificate states; times already in Europe/Rome. {@code tableName} is null
 * for a plenary, {@code leadBody} and {@code place} when unknown.
 */
record AttendanceCertificate(
    String districtName,
    String leadBody,
    String planTitle,
    String fullName,
    String organizationName,
    String sessionTitle,
    String tableName,
    ZonedDateTime startsAt,
    ZonedDateTime endsAt,
    SessionMode mode,
    String place,
    UUID registrationId,
    LocalDate issuedOn) {}
