package it.zonale.plandocument;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * The invariants of the public record, queried in the database itself: every APPROVED plan has
 * exactly one approval and one frozen document version whose hash is that of its content; no
 * approved minutes without a held incontro; no two published plans of an ambito overlap in years.
 */
final class RecordInvariants {
  private RecordInvariants() {}

  /** Every violation found, one line each; empty when the record holds. */
  @SuppressWarnings("unchecked")
  static List<String> violations(EntityManager db) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<String> found = new ArrayList<>();
              for (Object id :
                  db.createNativeQuery(
                          "select p.id::text from plans p where p.status = 'APPROVED' and (select"
                              + " count(*) from plan_approvals a where a.plan_id = p.id) <> 1")
                      .getResultList()) {
                found.add("APPROVED plan without exactly one approval: " + id);
              }
              for (Object id :
                  db.createNativeQuery(
                          "select p.id::text from plans p where p.status = 'APPROVED' and (select"
                              + " count(*) from plan_document_versions v where v.plan_id = p.id"
                              + " and v.frozen_at is not null) <> 1")
                      .getResultList()) {
                found.add("APPROVED plan without exactly one frozen document version: " + id);
              }
              for (Object[] row :
                  (List<Object[]>)
                      db.createNativeQuery(
                              "select v.id::text, v.content::text, v.content_sha256 from"
                                  + " plan_document_versions v where v.frozen_at is not null")
                          .getResultList()) {
                String canonical = ContentJson.write(ContentJson.read((String) row[1]));
                if (!ContentJson.sha256(canonical).equals(row[2])) {
                  found.add("frozen document version whose hash does not match: " + row[0]);
                }
              }
              for (Object id :
                  db.createNativeQuery(
                          "select m.session_id::text from session_minutes m join sessions s on"
                              + " s.id = m.session_id where m.status = 'APPROVED' and s.status <>"
                              + " 'HELD'")
                      .getResultList()) {
                found.add("approved minutes of an incontro that is not HELD: " + id);
              }
              for (Object pair :
                  db.createNativeQuery(
                          "select a.id::text || ' ' || b.id::text from plans a join plans b on"
                              + " a.district_id = b.district_id and a.id < b.id where a.status in"
                              + " ('APPROVED','MONITORING','CLOSED') and b.status in"
                              + " ('APPROVED','MONITORING','CLOSED') and a.start_year <= b.end_year"
                              + " and b.start_year <= a.end_year")
                      .getResultList()) {
                found.add("approved plans of one ambito overlapping in years: " + pair);
              }
              return found;
            });
  }

  /** How many rows each invariant looked at, for the test's printed figures. */
  static String coverage(EntityManager db) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                String.valueOf(
                    db.createNativeQuery(
                            "select (select count(*) from plans where status = 'APPROVED') || '"
                                + " approved plans, ' || (select count(*) from"
                                + " plan_document_versions where frozen_at is not null) || '"
                                + " frozen versions, ' || (select count(*) from session_minutes"
                                + " where status = 'APPROVED') || ' approved minutes, ' || (select"
                                + " count(*) from plans where status <> 'DRAFT') || ' published"
                                + " plans'")
                        .getSingleResult()));
  }
}
