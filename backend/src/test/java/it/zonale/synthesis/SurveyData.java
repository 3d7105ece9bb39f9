package it.zonale.synthesis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Test data of a needs survey written with SQL (the builder and responses APIs are other features):
 * a published survey of the plan and N organisations, each with one SUBMITTED response whose
 * answers follow V018's storage rules and simple formulas of the organisation's number i (1..N):
 *
 * <ul>
 *   <li>kind: APS for i <= 0.6 N, else ODV; sub-ambito: Casalasco when i is odd, else Viadanese
 *   <li>volunteers (NUMBER, table T): 10 i
 *   <li>sector (SINGLE_CHOICE, table T): a for i <= N/2, b for i <= 0.85 N, else c
 *   <li>services (MULTIPLE_CHOICE): x always, y for i <= 3
 *   <li>satisfaction (RATING 1..5): i % 5 + 1
 *   <li>needs (MATRIX, columns low=1 mid=2 high=3): row r1 (area A1) high for i <= 0.4 N, mid for i
 *       <= 0.8 N, else low; row r2 (area A2) high, only for i <= 2
 *   <li>notes (LONG_TEXT): "Nota i" for i <= 3
 * </ul>
 *
 * Plus one DRAFT response (volunteers 5000, sector c) that must never count.
 */
public final class SurveyData {
  public static final UUID CASALASCO = UUID.fromString("5d000000-0000-4000-8000-000000000031");
  static final UUID VIADANESE = UUID.fromString("5d000000-0000-4000-8000-000000000032");

  private SurveyData() {}

  static String definition(UUID tableId, UUID areaA1, UUID areaA2, int extraRows) {
    StringBuilder load = new StringBuilder();
    if (extraRows > 0) {
      load.append(
          ",{\"key\": \"load\", \"type\": \"MATRIX\", \"title\": \"Carico per servizio\","
              + " \"required\": false, \"options\": [{\"key\": \"low\", \"label\": \"Basso\","
              + " \"value\": 1}, {\"key\": \"mid\", \"label\": \"Medio\", \"value\": 2},"
              + " {\"key\": \"high\", \"label\": \"Alto\", \"value\": 3}], \"rows\": [");
      for (int k = 1; k <= extraRows; k++) {
        load.append(k == 1 ? "" : ",")
            .append("{\"key\": \"k")
            .append(k)
            .append("\", \"label\": \"Servizio ")
            .append(k)
            .append("\"}");
      }
      load.append("]}");
    }
    return """
        {"sections": [
          {"key": "profilo", "title": "Profilo", "questions": [
            {"key": "volunteers", "type": "NUMBER", "title": "Quanti volontari?", "required": true,
             "tableId": "%1$s", "unit": "persone", "min": 0, "max": 100000},
            {"key": "sector", "type": "SINGLE_CHOICE", "title": "Settore prevalente", "required": true,
             "tableId": "%1$s", "options": [{"key": "a", "label": "Anziani"},
               {"key": "b", "label": "Minori"}, {"key": "c", "label": "Disabilità"}]},
            {"key": "services", "type": "MULTIPLE_CHOICE", "title": "Servizi offerti", "required": false,
             "options": [{"key": "x", "label": "Trasporto"}, {"key": "y", "label": "Sportello"},
               {"key": "z", "label": "Mensa"}]},
            {"key": "satisfaction", "type": "RATING", "title": "Soddisfazione", "required": false,
             "min": 1, "max": 5, "minLabel": "Poco", "maxLabel": "Molto"}
          ]},
          {"key": "bisogni", "title": "Bisogni", "questions": [
            {"key": "needs", "type": "MATRIX", "title": "Livello di bisogno", "required": false,
             "options": [{"key": "low", "label": "Basso", "value": 1},
               {"key": "mid", "label": "Medio", "value": 2}, {"key": "high", "label": "Alto", "value": 3}],
             "rows": [{"key": "r1", "label": "Domiciliarità", "policyAreaId": "%2$s"},
               {"key": "r2", "label": "Casa", "policyAreaId": "%3$s"}]},
            {"key": "notes", "type": "LONG_TEXT", "title": "Osservazioni", "required": false},
            {"key": "founded", "type": "DATE", "title": "Anno di fondazione", "required": false}
            %4$s
          ]}
        ]}
        """
        .formatted(tableId, areaA1, areaA2, load);
  }

  /** Inserts the survey and its N submitted responses (+ one draft); returns the survey id. */
  public static UUID seed(
      DataSource db, UUID planId, UUID districtId, UUID tableId, UUID a1, UUID a2, int n)
      throws SQLException {
    return seed(db, planId, districtId, tableId, a1, a2, n, 0);
  }

  /** As above, plus a MATRIX "load" with this many rows that every organisation answers. */
  static UUID seed(
      DataSource db,
      UUID planId,
      UUID districtId,
      UUID tableId,
      UUID a1,
      UUID a2,
      int n,
      int extraRows)
      throws SQLException {
    UUID survey = UUID.randomUUID();
    String seed = survey.toString();
    long base = ThreadLocalRandom.current().nextLong(10_000_000_000L, 90_000_000_000L - 2 * n);
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      exec(
          c,
          "insert into surveys (id, plan_id, district_id, title, status, deadline, definition,"
              + " published_at) values (?, ?, ?, 'Rilevazione dei bisogni 2030', 'PUBLISHED',"
              + " now() + interval '30 days', cast(? as jsonb), now())",
          survey,
          planId,
          districtId,
          definition(tableId, a1, a2, extraRows));
      // organisations i = 1..n+1 (n+1 only has a draft)
      exec(
          c,
          "insert into organizations (id, name, tax_code, kind)"
              + " select cast(md5(? || 'o' || i) as uuid), 'Ente ' || i,"
              + " lpad(cast(? + i as text), 11, '0'),"
              + " case when i <= 0.6 * ? then 'APS' else 'ODV' end"
              + " from generate_series(1, ? + 1) i",
          seed,
          base,
          n,
          n);
      exec(
          c,
          "insert into survey_responses (id, survey_id, organization_id, subdistrict_id, status,"
              + " submitted_at) select cast(md5(? || 'r' || i) as uuid), ?,"
              + " cast(md5(? || 'o' || i) as uuid),"
              + " case when i % 2 = 1 then cast(? as uuid) else cast(? as uuid) end,"
              + " case when i <= ? then 'SUBMITTED' else 'DRAFT' end,"
              + " case when i <= ? then now() - make_interval(secs => ? - i) end"
              + " from generate_series(1, ? + 1) i",
          seed,
          survey,
          seed,
          CASALASCO,
          VIADANESE,
          n,
          n,
          n,
          n);
      String answers =
          "insert into survey_answers (response_id, survey_id, question_key, item_key, ordinal,"
              + " option_key, number_value, text_value)"
              + " select cast(md5(? || 'r' || i) as uuid), ?, v.q, v.item, v.ord, v.opt, v.num,"
              + " v.txt from generate_series(1, ?) i cross join lateral (values"
              + " ('volunteers', '', 0, null, cast(10 * i as numeric), null),"
              + " ('sector', '', 0, case when i <= ? / 2.0 then 'a' when i <= 0.85 * ? then 'b'"
              + "   else 'c' end, null, null),"
              + " ('services', '', 0, 'x', null, null),"
              + " ('services', '', 1, case when i <= 3 then 'y' end, null, null),"
              + " ('satisfaction', '', 0, null, cast(i % 5 + 1 as numeric), null),"
              + " ('needs', 'r1', 0, case when i <= 0.4 * ? then 'high' when i <= 0.8 * ?"
              + "   then 'mid' else 'low' end, case when i <= 0.4 * ? then 3 when i <= 0.8 * ?"
              + "   then 2 else 1 end, null),"
              + " ('needs', 'r2', 0, case when i <= 2 then 'high' end,"
              + "   case when i <= 2 then 3 end, null),"
              + " ('notes', '', 0, null, null, case when i <= 3 then 'Nota ' || i end)"
              + " ) as v(q, item, ord, opt, num, txt)"
              + " where v.opt is not null or v.num is not null or v.txt is not null";
      exec(c, answers, seed, survey, n, n, n, n, n, n, n);
      if (extraRows > 0) {
        exec(
            c,
            "insert into survey_answers (response_id, survey_id, question_key, item_key,"
                + " option_key, number_value) select cast(md5(? || 'r' || i) as uuid), ?, 'load',"
                + " 'k' || k, (array['low', 'mid', 'high'])[(i + k) % 3 + 1], (i + k) % 3 + 1"
                + " from generate_series(1, ?) i cross join generate_series(1, ?) k",
            seed,
            survey,
            n,
            extraRows);
      }
      // the draft's answers, which must never count
      exec(
          c,
          "insert into survey_answers (response_id, survey_id, question_key, option_key,"
              + " number_value) values (cast(md5(? || 'r' || ?) as uuid), ?, 'volunteers', null,"
              + " 5000), (cast(md5(? || 'r' || ?) as uuid), ?, 'sector', 'c', null)",
          seed,
          n + 1,
          survey,
          seed,
          n + 1,
          survey);
      c.commit();
    }
    return survey;
  }

  /** Makes organisations 1..k members of the table (with a titular participant each). */
  static void members(DataSource db, UUID surveyId, UUID tableId, UUID districtId, int k)
      throws SQLException {
    String seed = surveyId.toString();
    try (Connection c = db.getConnection()) {
      exec(
          c,
          "insert into participants (id, organization_id, full_name, email)"
              + " select cast(md5(? || 'p' || i) as uuid), cast(md5(? || 'o' || i) as uuid),"
              + " 'Persona ' || i, 'p' || i || '@example.org' from generate_series(1, ?) i",
          seed,
          seed,
          k);
      exec(
          c,
          "insert into table_memberships (id, table_id, district_id, organization_id, status,"
              + " titular_participant_id) select gen_random_uuid(), ?, ?,"
              + " cast(md5(? || 'o' || i) as uuid), 'FULL', cast(md5(? || 'p' || i) as uuid)"
              + " from generate_series(1, ?) i",
          tableId,
          districtId,
          seed,
          seed,
          k);
    }
  }

  static void exec(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    }
  }
}
