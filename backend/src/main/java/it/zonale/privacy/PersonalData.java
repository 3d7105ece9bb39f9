package it.zonale.privacy;

import it.zonale.audit.AuditEntry;
import it.zonale.participant.PersonMail;
import it.zonale.participant.PersonRecord;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What Zonale holds about one participant, exported by the plan office on their request. */
@Schema(name = "PersonalData")
public record PersonalData(
    @Schema(required = true) OffsetDateTime generatedAt,
    @Schema(required = true) PersonRecord person,
    @Schema(description = "The erasure, when the person was erased.") Erasure erasure,
    @Schema(
            required = true,
            maxItems = 10000,
            description = "Audit entries about the person's record, newest first.")
        List<AuditEntry> auditEntries,
    @Schema(required = true, description = "More audit entries exist than are listed.")
        boolean auditEntriesTruncated,
    @Schema(required = true, maxItems = 100000, description = "Mails written to the person.")
        List<PersonMail> mails) {}
