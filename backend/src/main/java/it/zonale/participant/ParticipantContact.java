package it.zonale.participant;

import java.util.UUID;

/** For notifications: where and in which language to write to a participant. */
public record ParticipantContact(
    UUID participantId, String fullName, String email, PreferredLanguage language) {}
