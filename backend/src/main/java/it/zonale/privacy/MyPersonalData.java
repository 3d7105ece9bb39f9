package it.zonale.privacy;

import it.zonale.audit.AuditEntry;
import it.zonale.participant.PersonMail;
import it.zonale.participant.PersonRecord;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything Zonale holds about the signed-in person (art. 15 and 20 GDPR). */
@Schema(name = "MyPersonalData")
public record MyPersonalData(
    @Schema(required = true) OffsetDateTime generatedAt,
    @Schema(required = true) AccountData account,
    @Schema(
            required = true,
            maxItems = 1000,
            description = "The participant records, in any organisation, with the token's e-mail.")
        List<PersonRecord> participants,
    @Schema(
            required = true,
            maxItems = 10000,
            description = "Audit entries where the person is the actor, newest first.")
        List<AuditEntry> auditEntries,
    @Schema(required = true, description = "More audit entries exist than are listed.")
        boolean auditEntriesTruncated,
    @Schema(required = true, maxItems = 100000, description = "Mails written to the e-mail.")
        List<PersonMail> mails) {}
