package it.zonale.call;

import java.time.Instant;
import java.util.UUID;

/** For notifications: what a mail about a call says of it. */
public record CallOutline(UUID id, UUID planId, UUID districtId, String title, Instant deadline) {}
