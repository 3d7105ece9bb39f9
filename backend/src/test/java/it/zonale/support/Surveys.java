package it.zonale.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import it.zonale.survey.ChoiceOption;
import it.zonale.survey.MatrixRow;
import it.zonale.survey.QuestionType;
import it.zonale.survey.SurveyDefinition;
import it.zonale.survey.SurveyDefinitions;
import it.zonale.survey.SurveyQuestion;
import it.zonale.survey.SurveySection;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Needs surveys written straight into the database, as the survey builder would store them: the
 * responses are tested apart from the builder's API.
 */
public final class Surveys {
  private Surveys() {}

  /** Main questions of each type; "name", "volunteers", "area" and the matrix "needs" required. */
  public static SurveyDefinition definition() {
    List<ChoiceOption> areas =
        List.of(
            new ChoiceOption("minori", "Minori e famiglie", null),
            new ChoiceOption("anziani", "Anziani", null),
            new ChoiceOption("disabili", "Disabilità", null));
    List<ChoiceOption> levels =
        List.of(
            new ChoiceOption("basso", "Basso", BigDecimal.ONE),
            new ChoiceOption("medio", "Medio", BigDecimal.valueOf(2)),
            new ChoiceOption("alto", "Alto", BigDecimal.valueOf(3)));
    return new SurveyDefinition(
        List.of(
            new SurveySection(
                "ente",
                "L'organizzazione",
                null,
                List.of(
                    q("name", QuestionType.SHORT_TEXT, true, null, null, null, null),
                    q("note", QuestionType.LONG_TEXT, false, null, null, null, null),
                    q(
                        "volunteers",
                        QuestionType.NUMBER,
                        true,
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(1000),
                        null,
                        null),
                    q("founded", QuestionType.DATE, false, null, null, null, null))),
            new SurveySection(
                "bisogni",
                "I bisogni",
                null,
                List.of(
                    q("area", QuestionType.SINGLE_CHOICE, true, null, null, areas, null),
                    q("targets", QuestionType.MULTIPLE_CHOICE, false, null, null, areas, null),
                    q(
                        "satisfaction",
                        QuestionType.RATING,
                        false,
                        BigDecimal.ONE,
                        BigDecimal.valueOf(5),
                        null,
                        null),
                    q(
                        "needs",
                        QuestionType.MATRIX,
                        true,
                        null,
                        null,
                        levels,
                        List.of(
                            new MatrixRow("casa", "Casa", null),
                            new MatrixRow("lavoro", "Lavoro", null)))))));
  }

  private static SurveyQuestion q(
      String key,
      QuestionType type,
      boolean required,
      BigDecimal min,
      BigDecimal max,
      List<ChoiceOption> options,
      List<MatrixRow> rows) {
    return new SurveyQuestion(
        key,
        type,
        "Domanda " + key,
        null,
        required,
        null,
        null,
        null,
        min,
        max,
        null,
        null,
        options,
        rows);
  }

  /** A survey of the plan, PUBLISHED with this deadline (or DRAFT when deadline is null). */
  public static UUID insert(Object planId, UUID districtId, Instant deadline) {
    UUID id = UUID.randomUUID();
    String json = Arc.container().instance(SurveyDefinitions.class).get().write(definition());
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em().createNativeQuery(
                        "insert into surveys (id, plan_id, district_id, title, status, deadline,"
                            + " definition, published_at)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), ?8)")
                    .setParameter(1, id)
                    .setParameter(2, UUID.fromString(planId.toString()))
                    .setParameter(3, districtId)
                    .setParameter(
                        4, "Scheda di rilevazione dei bisogni " + id.toString().substring(0, 8))
                    .setParameter(5, deadline == null ? "DRAFT" : "PUBLISHED")
                    .setParameter(6, deadline == null ? null : deadline.atOffset(ZoneOffset.UTC))
                    .setParameter(7, json)
                    .setParameter(
                        8, deadline == null ? null : Instant.now().atOffset(ZoneOffset.UTC))
                    .executeUpdate());
    return id;
  }

  /** Moves the deadline, e.g. into the past. */
  public static void setDeadline(UUID surveyId, Instant deadline) {
    sql(
        "update surveys set deadline = ?2 where id = ?1",
        surveyId,
        deadline.atOffset(ZoneOffset.UTC));
  }

  public static void close(UUID surveyId) {
    sql("update surveys set status = 'CLOSED', closed_at = now() where id = ?1", surveyId, null);
  }

  private static void sql(String statement, UUID id, Object value) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var query = em().createNativeQuery(statement).setParameter(1, id);
              if (value != null) {
                query.setParameter(2, value);
              }
              query.executeUpdate();
            });
  }

  private static EntityManager em() {
    return Arc.container().instance(EntityManager.class).get();
  }

  /**
   * The survey_answers rows V018 prescribes for each answer of a survey, derived in SQL from
   * survey_responses.answers and the definition's question types. Tests compare them with the
   * stored rows both ways (demo data, region generator).
   */
  public static String expectedAnswerRows(String surveyId) {
    return """

      with questions as (
        select s.id as survey_id, q->>'key' as question_key, q->>'type' as type, q->'options' as options
        from surveys s,
             jsonb_array_elements(s.definition->'sections') sec,
             jsonb_array_elements(sec->'questions') q
        where s.id = '%1$s'
      ), answers as (
        select r.id as response_id, r.survey_id, a.key as question_key, a.value, q.type, q.options
        from survey_responses r
        cross join lateral jsonb_each(r.answers) a
        left join questions q on q.survey_id = r.survey_id and q.question_key = a.key
        where r.survey_id = '%1$s'
      )
      select response_id, survey_id, question_key, ''::text as item_key, 0 as ordinal,
             case when type = 'SINGLE_CHOICE' then value #>> '{}' end as option_key,
             case when type in ('NUMBER', 'RATING') then (value #>> '{}')::numeric end as number_value,
             case when type in ('SHORT_TEXT', 'LONG_TEXT') then value #>> '{}' end as text_value,
             case when type = 'DATE' then (value #>> '{}')::date end as date_value
      from answers where type not in ('MULTIPLE_CHOICE', 'MATRIX')
      union all
      select response_id, survey_id, question_key, '', (o.n - 1)::int, o.key, null, null, null
      from answers cross join lateral jsonb_array_elements_text(value) with ordinality as o(key, n)
      where type = 'MULTIPLE_CHOICE'
      union all
      select response_id, survey_id, question_key, m.key, 0, m.value,
             (select (opt->>'value')::numeric from jsonb_array_elements(options) opt
              where opt->>'key' = m.value),
             null, null
      from answers cross join lateral jsonb_each_text(value) as m(key, value)
      where type = 'MATRIX'
        """
        .formatted(surveyId);
  }

  /** The stored survey_answers rows of a survey, in the columns of {@link #expectedAnswerRows}. */
  public static String answerRows(String surveyId) {
    return ("select response_id, survey_id, question_key, item_key, ordinal::int, option_key,"
            + " number_value, text_value, date_value from survey_answers where survey_id = '%s'")
        .formatted(surveyId);
  }
}
