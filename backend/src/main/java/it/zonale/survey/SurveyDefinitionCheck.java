package it.zonale.survey;

import it.zonale.shared.error.DomainException.FieldProblem;
import it.zonale.shared.error.FieldCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The rules of a definition that Bean Validation cannot express: unique keys, options and rows that
 * fit the question type, bounds, and tables and policy areas of the survey's plan. Run on every
 * save, so that answers and the synthesis can trust the definition.
 */
final class SurveyDefinitionCheck {
  static final Set<QuestionType> WITH_OPTIONS =
      EnumSet.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.MATRIX);
  static final int MIN_RATING_POINTS = 2;
  static final int MAX_RATING_POINTS = 11;

  private final Set<UUID> policyAreaIds;
  private final Predicate<UUID> isPlanTable;
  private final List<FieldProblem> problems = new ArrayList<>();

  private SurveyDefinitionCheck(Set<UUID> policyAreaIds, Predicate<UUID> isPlanTable) {
    this.policyAreaIds = policyAreaIds;
    this.isPlanTable = isPlanTable;
  }

  /**
   * Every problem of {@code definition}, with pointers under {@code base} (e.g. "/definition").
   *
   * @param policyAreaIds the plan's policy areas
   * @param isPlanTable whether an id is a table of the plan
   */
  static List<FieldProblem> problems(
      String base,
      SurveyDefinition definition,
      Set<UUID> policyAreaIds,
      Predicate<UUID> isPlanTable) {
    SurveyDefinitionCheck check = new SurveyDefinitionCheck(policyAreaIds, isPlanTable);
    check.definition(base, definition);
    return List.copyOf(check.problems);
  }

  private void definition(String base, SurveyDefinition definition) {
    Set<String> keys = new HashSet<>();
    for (int s = 0; s < definition.sections().size(); s++) {
      SurveySection section = definition.sections().get(s);
      String at = base + "/sections/" + s;
      uniqueKey(keys, section.key(), at + "/key", "is the key of another section or question");
      for (int q = 0; q < section.questions().size(); q++) {
        SurveyQuestion question = section.questions().get(q);
        String qAt = at + "/questions/" + q;
        uniqueKey(keys, question.key(), qAt + "/key", "is the key of another section or question");
        question(qAt, question);
      }
    }
  }

  private void question(String at, SurveyQuestion q) {
    QuestionType type = q.type();
    if (q.tableId() != null && !isPlanTable.test(q.tableId())) {
      add(at + "/tableId", FieldCode.UNKNOWN_REFERENCE, "is not a table of this plan");
    }
    if (q.policyAreaId() != null && !policyAreaIds.contains(q.policyAreaId())) {
      add(at + "/policyAreaId", FieldCode.NOT_ALLOWED, "is not a policy area of this plan");
    }
    if (WITH_OPTIONS.contains(type)) {
      options(at, q.options());
    } else if (notEmpty(q.options())) {
      add(at + "/options", FieldCode.NOT_ALLOWED, "only choice and matrix questions have options");
    }
    if (type == QuestionType.MATRIX) {
      rows(at, q.rows());
    } else if (notEmpty(q.rows())) {
      add(at + "/rows", FieldCode.NOT_ALLOWED, "only matrix questions have rows");
    }
    if (type != QuestionType.NUMBER && q.unit() != null) {
      add(at + "/unit", FieldCode.NOT_ALLOWED, "only number questions have a unit");
    }
    if (type != QuestionType.RATING) {
      if (q.minLabel() != null) {
        add(at + "/minLabel", FieldCode.NOT_ALLOWED, "only rating questions label their ends");
      }
      if (q.maxLabel() != null) {
        add(at + "/maxLabel", FieldCode.NOT_ALLOWED, "only rating questions label their ends");
      }
    }
    if (type == QuestionType.NUMBER) {
      if (q.min() != null && q.max() != null && q.min().compareTo(q.max()) > 0) {
        add(at + "/max", FieldCode.OUT_OF_RANGE, "must not be less than min");
      }
    } else if (type == QuestionType.RATING) {
      rating(at, q.min(), q.max());
    } else {
      if (q.min() != null) {
        add(at + "/min", FieldCode.NOT_ALLOWED, "only number and rating questions have bounds");
      }
      if (q.max() != null) {
        add(at + "/max", FieldCode.NOT_ALLOWED, "only number and rating questions have bounds");
      }
    }
  }

  private void rating(String at, BigDecimal min, BigDecimal max) {
    boolean whole = true;
    if (min == null) {
      add(at + "/min", FieldCode.REQUIRED, "a rating scale needs its first point");
      whole = false;
    } else if (!isInteger(min)) {
      add(at + "/min", FieldCode.INVALID_FORMAT, "must be a whole number");
      whole = false;
    }
    if (max == null) {
      add(at + "/max", FieldCode.REQUIRED, "a rating scale needs its last point");
      whole = false;
    } else if (!isInteger(max)) {
      add(at + "/max", FieldCode.INVALID_FORMAT, "must be a whole number");
      whole = false;
    }
    if (whole) {
      BigDecimal points = max.subtract(min).add(BigDecimal.ONE);
      if (points.compareTo(BigDecimal.valueOf(MIN_RATING_POINTS)) < 0
          || points.compareTo(BigDecimal.valueOf(MAX_RATING_POINTS)) > 0) {
        add(
            at + "/max",
            FieldCode.OUT_OF_RANGE,
            "a rating scale has " + MIN_RATING_POINTS + " to " + MAX_RATING_POINTS + " points");
      }
    }
  }

  private void options(String at, List<ChoiceOption> options) {
    if (options == null || options.size() < 2) {
      add(at + "/options", FieldCode.TOO_SHORT, "needs at least 2 options");
      return;
    }
    Set<String> keys = new HashSet<>();
    for (int o = 0; o < options.size(); o++) {
      uniqueKey(keys, options.get(o).key(), at + "/options/" + o + "/key", "is listed twice");
    }
  }

  private void rows(String at, List<MatrixRow> rows) {
    if (rows == null || rows.isEmpty()) {
      add(at + "/rows", FieldCode.TOO_SHORT, "a matrix needs at least 1 row");
      return;
    }
    Set<String> keys = new HashSet<>();
    for (int r = 0; r < rows.size(); r++) {
      MatrixRow row = rows.get(r);
      uniqueKey(keys, row.key(), at + "/rows/" + r + "/key", "is listed twice");
      if (row.policyAreaId() != null && !policyAreaIds.contains(row.policyAreaId())) {
        add(
            at + "/rows/" + r + "/policyAreaId",
            FieldCode.NOT_ALLOWED,
            "is not a policy area of this plan");
      }
    }
  }

  private void uniqueKey(Set<String> seen, String key, String pointer, String detail) {
    if (key != null && !seen.add(key)) {
      add(pointer, FieldCode.NOT_ALLOWED, detail);
    }
  }

  private void add(String pointer, String code, String detail) {
    problems.add(new FieldProblem(pointer, code, detail));
  }

  private static boolean notEmpty(Collection<?> list) {
    return list != null && !list.isEmpty();
  }

  private static boolean isInteger(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= 0;
  }
}
