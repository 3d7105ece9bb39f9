package it.zonale.participant;

import java.util.UUID;

/** What other features need to know of a participant. */
public record ParticipantRef(UUID id, UUID organizationId, String fullName) {}
