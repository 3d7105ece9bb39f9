package it.zonale.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audited event as the plan office reads it. */
@Schema(name = "AuditEntry")
public record AuditEntry(
    @Schema(required = true, format = "int64", minimum = "1", maximum = "9223372036854775807")
        long id,
    @Schema(required = true) OffsetDateTime occurredAt,
    @Schema(required = true, maxLength = 200, description = "Subject of the caller's token.")
        String actorId,
    @Schema(required = true, maxLength = 200) String actorName,
    UUID organizationId,
    UUID districtId,
    @Schema(required = true) AuditAction action,
    @Schema(required = true, maxLength = 60, example = "plan") String resourceType,
    @Schema(required = true, maxLength = 100) String resourceId,
    @Schema(required = true, description = "Changed fields, each {before, after}.")
        Map<String, Object> changes) {}
