package it.zonale.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.zonale.shared.error.DomainException.FieldProblem;
import it.zonale.shared.error.FieldCode;
import it.zonale.survey.ChoiceOption;
import it.zonale.survey.MatrixRow;
import it.zonale.survey.SurveyDefinition;
import it.zonale.survey.SurveyQuestion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks answers against a survey's definition and turns them into the rows of survey_answers. A
 * draft only needs every value to fit its question; a submission also needs every required question
 * (and every row of a required matrix) answered. A null, empty text or empty list is "not
 * answered".
 */
final class SurveyAnswers {
  static final int SHORT_TEXT_MAX = 500;
  static final int LONG_TEXT_MAX = 10_000;
  static final BigDecimal RATING_MIN = BigDecimal.ONE;
  static final BigDecimal RATING_MAX = BigDecimal.valueOf(5);
  private static final LocalDate FIRST_DATE = LocalDate.of(1800, 1, 1);
  private static final LocalDate LAST_DATE = LocalDate.of(2200, 12, 31);

  /** One row of survey_answers, as the comment of migration V018 lays them out. */
  record Row(
      String questionKey,
      String itemKey,
      int ordinal,
      String optionKey,
      BigDecimal numberValue,
      String textValue,
      LocalDate dateValue) {}

  private SurveyAnswers() {}

  /** The problems of these answers, each with its JSON pointer; empty when they are fine. */
  static List<FieldProblem> check(SurveyDefinition definition, ObjectNode answers, boolean full) {
    List<FieldProblem> problems = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = answers.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      Optional<SurveyQuestion> question = definition.question(field.getKey());
      if (question.isEmpty()) {
        problems.add(
            problem(
                field.getKey(),
                FieldCode.UNKNOWN_REFERENCE,
                "The survey has no question with this key."));
      } else if (answered(field.getValue())) {
        checkValue(question.get(), field.getValue(), problems);
      }
    }
    if (full) {
      definition
          .questions()
          .filter(SurveyQuestion::required)
          .forEach(q -> checkRequired(q, answers.get(q.key()), problems));
    }
    return problems;
  }

  /** The rows of valid answers; call {@link #check} first. */
  static List<Row> rows(SurveyDefinition definition, ObjectNode answers) {
    List<Row> rows = new ArrayList<>();
    definition
        .questions()
        .forEach(
            q -> {
              JsonNode value = answers.get(q.key());
              if (!answered(value)) {
                return;
              }
              switch (q.type()) {
                case SHORT_TEXT, LONG_TEXT ->
                    rows.add(new Row(q.key(), "", 0, null, null, value.asText(), null));
                case NUMBER, RATING ->
                    rows.add(new Row(q.key(), "", 0, null, value.decimalValue(), null, null));
                case DATE ->
                    rows.add(
                        new Row(q.key(), "", 0, null, null, null, LocalDate.parse(value.asText())));
                case SINGLE_CHOICE ->
                    rows.add(new Row(q.key(), "", 0, value.asText(), null, null, null));
                case MULTIPLE_CHOICE -> {
                  int ordinal = 0;
                  for (JsonNode option : value) {
                    rows.add(new Row(q.key(), "", ordinal++, option.asText(), null, null, null));
                  }
                }
                case MATRIX -> {
                  for (MatrixRow row : rows(q)) {
                    JsonNode column = value.get(row.key());
                    if (answered(column)) {
                      BigDecimal columnValue =
                          options(q).stream()
                              .filter(o -> o.key().equals(column.asText()))
                              .map(ChoiceOption::value)
                              .findFirst()
                              .orElse(null);
                      rows.add(
                          new Row(q.key(), row.key(), 0, column.asText(), columnValue, null, null));
                    }
                  }
                }
              }
            });
    return rows;
  }

  static boolean answered(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return false;
    }
    if (value.isTextual()) {
      return !value.asText().isBlank();
    }
    if (value.isContainerNode()) {
      return !value.isEmpty();
    }
    return true;
  }

  private static void checkValue(SurveyQuestion q, JsonNode value, List<FieldProblem> problems) {
    String key = q.key();
    switch (q.type()) {
      case SHORT_TEXT, LONG_TEXT -> {
        int max =
            q.type() == it.zonale.survey.QuestionType.SHORT_TEXT ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
        if (!value.isTextual()) {
          problems.add(problem(key, FieldCode.INVALID_FORMAT, "A text is expected."));
        } else if (value.asText().length() > max) {
          problems.add(
              problem(key, FieldCode.TOO_LONG, "At most " + max + " characters are allowed."));
        }
      }
      case NUMBER -> {
        if (!value.isNumber()) {
          problems.add(problem(key, FieldCode.INVALID_FORMAT, "A number is expected."));
        } else {
          checkBounds(key, value.decimalValue(), q.min(), q.max(), problems);
        }
      }
      case RATING -> {
        if (!value.isNumber() || !integral(value.decimalValue())) {
          problems.add(problem(key, FieldCode.INVALID_FORMAT, "A whole number is expected."));
        } else {
          checkBounds(
              key,
              value.decimalValue(),
              q.min() == null ? RATING_MIN : q.min(),
              q.max() == null ? RATING_MAX : q.max(),
              problems);
        }
      }
      case DATE -> {
        LocalDate date = null;
        if (value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
          try {
            date = LocalDate.parse(value.asText());
          } catch (DateTimeParseException e) {
            date = null;
          }
        }
        if (date == null) {
          problems.add(problem(key, FieldCode.INVALID_FORMAT, "A date yyyy-mm-dd is expected."));
        } else if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
          problems.add(problem(key, FieldCode.OUT_OF_RANGE, "The date is not plausible."));
        }
      }
      case SINGLE_CHOICE -> {
        if (!value.isTextual()) {
          problems.add(problem(key, FieldCode.INVALID_FORMAT, "An option key is expected."));
        } else if (!optionKeys(q).contains(value.asText())) {
          problems.add(problem(key, FieldCode.UNKNOWN_REFERENCE, "No option with this key."));
        }
      }
      case MULTIPLE_CHOICE -> {
        if (!value.isArray()) {
          problems.add(
              problem(key, FieldCode.INVALID_FORMAT, "A list of option keys is expected."));
          return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode option : value) {
          if (!option.isTextual()) {
            problems.add(problem(key, FieldCode.INVALID_FORMAT, "Option keys are expected."));
            return;
          }
          if (!optionKeys(q).contains(option.asText())) {
            problems.add(
                problem(key, FieldCode.UNKNOWN_REFERENCE, "No option " + option.asText() + "."));
            return;
          }
          if (!seen.add(option.asText())) {
            problems.add(problem(key, FieldCode.INVALID, "An option is chosen twice."));
            return;
          }
        }
      }
      case MATRIX -> {
        if (!value.isObject()) {
          problems.add(
              problem(key, FieldCode.INVALID_FORMAT, "An object {rowKey: columnKey} is expected."));
          return;
        }
        Set<String> rowKeys = new HashSet<>();
        rows(q).forEach(r -> rowKeys.add(r.key()));
        Iterator<Map.Entry<String, JsonNode>> cells = value.fields();
        while (cells.hasNext()) {
          var cell = cells.next();
          String pointer = key + "/" + cell.getKey();
          if (!rowKeys.contains(cell.getKey())) {
            problems.add(problem(pointer, FieldCode.UNKNOWN_REFERENCE, "No row with this key."));
          } else if (!answered(cell.getValue())) {
            continue;
          } else if (!cell.getValue().isTextual()) {
            problems.add(problem(pointer, FieldCode.INVALID_FORMAT, "A column key is expected."));
          } else if (!optionKeys(q).contains(cell.getValue().asText())) {
            problems.add(problem(pointer, FieldCode.UNKNOWN_REFERENCE, "No column with this key."));
          }
        }
      }
    }
  }

  private static void checkRequired(SurveyQuestion q, JsonNode value, List<FieldProblem> problems) {
    if (q.type() == it.zonale.survey.QuestionType.MATRIX) {
      if (value != null && !value.isNull() && !value.isObject()) {
        return; // already reported as a bad format
      }
      for (MatrixRow row : rows(q)) {
        if (value == null || !answered(value.get(row.key()))) {
          problems.add(
              problem(q.key() + "/" + row.key(), FieldCode.REQUIRED, "Every row needs an answer."));
        }
      }
    } else if (!answered(value)) {
      problems.add(problem(q.key(), FieldCode.REQUIRED, "This question needs an answer."));
    }
  }

  private static void checkBounds(
      String key, BigDecimal value, BigDecimal min, BigDecimal max, List<FieldProblem> problems) {
    if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
      problems.add(
          problem(
              key,
              FieldCode.OUT_OF_RANGE,
              "The value must be between "
                  + (min == null ? "-∞" : min.toPlainString())
                  + " and "
                  + (max == null ? "∞" : max.toPlainString())
                  + "."));
    }
  }

  private static boolean integral(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static List<ChoiceOption> options(SurveyQuestion q) {
    return q.options() == null ? List.of() : q.options();
  }

  private static List<MatrixRow> rows(SurveyQuestion q) {
    return q.rows() == null ? List.of() : q.rows();
  }

  private static Set<String> optionKeys(SurveyQuestion q) {
    Set<String> keys = new HashSet<>();
    options(q).forEach(o -> keys.add(o.key()));
    return keys;
  }

  private static FieldProblem problem(String pointer, String code, String detail) {
    return new FieldProblem("/answers/" + pointer, code, detail);
  }
}
