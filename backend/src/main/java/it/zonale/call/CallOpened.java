package it.zonale.call;

import java.util.UUID;

/** Fired, inside the transaction, when the plan office opens a call for expressions of interest. */
public record CallOpened(UUID callId) {}
