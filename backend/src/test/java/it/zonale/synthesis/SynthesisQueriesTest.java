package it.zonale.synthesis;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import it.zonale.organization.OrganizationKind;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fast queries of {@link SynthesisRepository} (one hashed pass, counts of rows instead of
 * count(distinct), medians from a histogram) give exactly what the plain definitions give: the
 * queries the synthesis used before issue 8, with count(distinct response) and percentile_cont over
 * every row, kept here as the reference. On SurveyData's survey, where a matrix row is answered by
 * some organisations only, multiple choices have several rows per organisation and one response is
 * a draft, for every filter.
 */
@QuarkusTest
class SynthesisQueriesTest extends ApiTest {
  @Inject AgroalDataSource db;
  @Inject SynthesisRepository repository;

  final String office = Tokens.consortium(OGLIO_PO);
  UUID survey;
  UUID plan;

  @BeforeEach
  void seed() throws SQLException {
    List<String> areas = policyAreaIds(2);
    Map<String, Object> p = publish(office, createPlan(office, OGLIO_PO, areas));
    plan = UUID.fromString((String) p.get("id"));
    UUID table = UUID.fromString((String) createTable(office, p.get("id"), areas).get("id"));
    survey =
        SurveyData.seed(
            db,
            plan,
            OGLIO_PO,
            table,
            UUID.fromString(areas.get(0)),
            UUID.fromString(areas.get(1)),
            23,
            4);
    SurveyData.members(db, survey, table, OGLIO_PO, 9);
    try (Connection c = db.getConnection()) {
      // an organisation without sub-ambito: its own column "" in the cross-tab
      SurveyData.exec(
          c,
          "update survey_responses set subdistrict_id = null where survey_id = ? and id = ("
              + "select id from survey_responses where survey_id = ? and status = 'SUBMITTED'"
              + " order by id limit 1)",
          survey,
          survey);
    }
  }

  List<SynthesisRepository.Filter> filters() {
    return List.of(
        new SynthesisRepository.Filter(survey, null, null),
        new SynthesisRepository.Filter(survey, OrganizationKind.ODV, null),
        new SynthesisRepository.Filter(survey, null, SurveyData.CASALASCO),
        new SynthesisRepository.Filter(survey, OrganizationKind.APS, SurveyData.VIADANESE));
  }

  @Test
  void figuresEqualCountDistinctAndPercentileCont() throws SQLException {
    for (SynthesisRepository.Filter f : filters()) {
      SynthesisRepository.Figures figures =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> repository.figures(f, repository.respondents(f, List.of("needs", "load"))));
      Set<List<Object>> stats = new HashSet<>();
      for (SynthesisRepository.Stats s : figures.stats()) {
        boolean matrixWhole = s.whole() && List.of("needs", "load").contains(s.question());
        // a whole matrix has its respondents only: its figures are per row
        stats.add(
            matrixWhole
                ? List.of(s.question(), s.item(), true, s.respondents())
                : java.util.Arrays.asList(
                    s.question(),
                    s.item(),
                    s.whole(),
                    s.respondents(),
                    s.n(),
                    s.mean(),
                    s.median(),
                    s.min(),
                    s.max()));
      }
      Set<List<Object>> expected = new HashSet<>();
      for (Object[] r :
          reference(
              f,
              "select a.question_key, a.item_key, grouping(a.item_key) = 1,"
                  + " count(distinct a.response_id), count(a.number_value),"
                  + " cast(avg(a.number_value) as double precision),"
                  + " percentile_cont(0.5) within group (order by a.number_value),"
                  + " cast(min(a.number_value) as double precision),"
                  + " cast(max(a.number_value) as double precision)"
                  + " from survey_answers a join resp on resp.id = a.response_id"
                  + " where a.survey_id = ?"
                  + " group by grouping sets ((a.question_key), (a.question_key, a.item_key))")) {
        boolean whole = (Boolean) r[2];
        String item = whole ? "" : (String) r[1];
        if (whole && List.of("needs", "load").contains((String) r[0])) {
          expected.add(List.of(r[0], "", true, ((Number) r[3]).longValue()));
        } else {
          expected.add(
              java.util.Arrays.asList(
                  r[0],
                  item,
                  whole,
                  ((Number) r[3]).longValue(),
                  ((Number) r[4]).longValue(),
                  r[5],
                  r[6],
                  r[7],
                  r[8]));
        }
      }
      assertThat(stats).as("stats for %s", f).isEqualTo(expected);

      Set<List<Object>> counts = new HashSet<>();
      figures
          .counts()
          .forEach(c -> counts.add(List.of(c.question(), c.item(), c.option(), c.count())));
      Set<List<Object>> expectedCounts = new HashSet<>();
      for (Object[] r :
          reference(
              f,
              "select a.question_key, a.item_key, a.option_key, count(distinct a.response_id)"
                  + " from survey_answers a join resp on resp.id = a.response_id"
                  + " where a.survey_id = ? and a.option_key is not null"
                  + " group by a.question_key, a.item_key, a.option_key")) {
        expectedCounts.add(List.of(r[0], r[1], r[2], ((Number) r[3]).longValue()));
      }
      assertThat(counts).as("option counts for %s", f).isEqualTo(expectedCounts);
    }
  }

  @Test
  void crossTabsEqualCountDistinct() throws SQLException {
    record Case(
        String question, boolean matrix, List<String> columns, String key, String present) {}
    List<Case> cases =
        List.of(
            new Case("sector", false, List.of("a.option_key"), "x.c1", "a.option_key is not null"),
            new Case(
                "services", false, List.of("a.option_key"), "x.c1", "a.option_key is not null"),
            new Case(
                "satisfaction",
                false,
                List.of("a.number_value"),
                "cast(trim_scale(x.c1) as text)",
                "a.number_value is not null"),
            new Case(
                "needs",
                true,
                List.of("a.item_key", "a.option_key"),
                "x.c1 || '|' || x.c2",
                "a.option_key is not null"),
            new Case(
                "load",
                true,
                List.of("a.item_key", "a.option_key"),
                "x.c1 || '|' || x.c2",
                "a.option_key is not null"));
    Map<String, String> oldCategory =
        Map.of(
            "a.option_key", "a.option_key",
            "a.number_value", "cast(trim_scale(a.number_value) as text)",
            "a.item_key", "a.item_key || '|' || a.option_key");
    for (SynthesisRepository.Filter f : filters()) {
      for (Case c : cases) {
        String category = oldCategory.get(c.columns().get(0));
        // sub-ambito and kind: the fast path
        for (boolean byKind : List.of(false, true)) {
          SynthesisRepository.CrossSpec spec =
              new SynthesisRepository.CrossSpec(
                  c.columns(),
                  c.key(),
                  c.present(),
                  "",
                  byKind ? "o.kind" : "r.subdistrict_id",
                  byKind ? "cast(x.d as text)" : "coalesce(cast(x.d as text), '')",
                  byKind);
          List<SynthesisRepository.CrossCount> fast =
              QuarkusTransaction.requiringNew()
                  .call(() -> repository.crossCountsPerResponse(f, c.question(), spec, c.matrix()));
          assertThat(new HashSet<>(fast))
              .as("%s by %s for %s", c.question(), byKind ? "kind" : "sub-ambito", f)
              .isEqualTo(
                  oldCrossCounts(
                      f,
                      c.question(),
                      category,
                      "",
                      byKind ? "resp.kind" : "coalesce(cast(resp.subdistrict_id as text), '')"));
        }
        // tables: the general path, grouped on columns
        SynthesisRepository.CrossSpec byTable =
            new SynthesisRepository.CrossSpec(
                c.columns(),
                c.key(),
                c.present(),
                "join table_memberships m on m.organization_id = r.organization_id"
                    + " join thematic_tables t on t.id = m.table_id and t.plan_id = :plan",
                "m.table_id",
                "cast(x.d as text)",
                false);
        List<SynthesisRepository.CrossCount> general =
            QuarkusTransaction.requiringNew()
                .call(() -> repository.crossCounts(f, c.question(), byTable, Map.of("plan", plan)));
        assertThat(new HashSet<>(general))
            .as("%s by table for %s", c.question(), f)
            .isEqualTo(
                oldCrossCounts(
                    f,
                    c.question(),
                    category,
                    "join (select m.organization_id, cast(m.table_id as text) as dim"
                        + " from table_memberships m join thematic_tables t on t.id = m.table_id"
                        + " where t.plan_id = '"
                        + plan
                        + "') d on d.organization_id = resp.organization_id",
                    "d.dim"));
      }
    }
  }

  Set<SynthesisRepository.CrossCount> oldCrossCounts(
      SynthesisRepository.Filter f, String question, String category, String join, String dim)
      throws SQLException {
    Set<SynthesisRepository.CrossCount> out = new HashSet<>();
    for (Object[] r :
        reference(
            f,
            "select cat, dim, count(distinct response_id) from (select "
                + category
                + " as cat, "
                + dim
                + " as dim, a.response_id from survey_answers a join resp on resp.id = a.response_id "
                + join
                + " where a.survey_id = ? and a.question_key = '"
                + question
                + "') x where cat is not null group by grouping sets ((cat, dim), (cat), (dim), ())")) {
      out.add(
          new SynthesisRepository.CrossCount(
              (String) r[0], (String) r[1], ((Number) r[2]).longValue()));
    }
    return out;
  }

  /** Runs a reference query after the respondents CTE of before issue 8; ? is the survey. */
  List<Object[]> reference(SynthesisRepository.Filter f, String select) throws SQLException {
    String resp =
        "with resp as materialized (select r.id, r.organization_id, r.subdistrict_id, o.kind"
            + " from survey_responses r join organizations o on o.id = r.organization_id"
            + " where r.survey_id = '"
            + f.surveyId()
            + "' and r.status = 'SUBMITTED'"
            + (f.kind() == null ? "" : " and o.kind = '" + f.kind().name() + "'")
            + (f.subdistrictId() == null
                ? ""
                : " and r.subdistrict_id = '" + f.subdistrictId() + "'")
            + ") ";
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(resp + select)) {
      s.setObject(1, f.surveyId());
      try (ResultSet r = s.executeQuery()) {
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          Object[] row = new Object[n];
          for (int i = 0; i < n; i++) {
            row[i] = r.getObject(i + 1);
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
