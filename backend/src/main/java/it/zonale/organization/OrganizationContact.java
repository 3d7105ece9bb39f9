package it.zonale.organization;

import java.util.UUID;

/** For notifications: an organisation with the e-mail address it gave. */
public record OrganizationContact(UUID id, String name, OrganizationKind kind, String email) {}
