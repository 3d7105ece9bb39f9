package it.zonale.table;

import java.util.UUID;

/** What other features need to know of a table. */
public record TableRef(UUID id, UUID planId, UUID districtId) {}
