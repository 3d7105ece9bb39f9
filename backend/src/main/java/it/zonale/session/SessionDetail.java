package it.zonale.session;

import java.time.Instant;

/** A session with what publishing it elsewhere needs besides the API view: its last change. */
public record SessionDetail(Session session, Instant updatedAt) {}
