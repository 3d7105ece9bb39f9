package it.zonale.session;

import java.time.Instant;
import java.util.UUID;

/**
 * What other features need to know of a session; {@code capacity} is null when seats are unlimited.
 */
public record SessionRef(
    UUID id,
    UUID planId,
    UUID tableId,
    UUID districtId,
    SessionStatus status,
    Instant startsAt,
    Integer capacity) {}
