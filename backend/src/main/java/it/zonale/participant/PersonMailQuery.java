package it.zonale.participant;

import java.util.List;

/**
 * Asks, for a personal-data export, for the mails written to an e-mail address: the feature that
 * keeps mails (notification, reached only by events) adds them to {@code found}.
 */
public record PersonMailQuery(String email, List<PersonMail> found) {}
