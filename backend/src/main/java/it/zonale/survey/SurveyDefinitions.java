package it.zonale.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and writes the JSON document a survey's definition is stored as. */
@ApplicationScoped
public class SurveyDefinitions {
  private final ObjectMapper json;

  public SurveyDefinitions(ObjectMapper json) {
    this.json = json;
  }

  public SurveyDefinition read(String stored) {
    try {
      return json.readValue(stored, SurveyDefinition.class);
    } catch (JsonProcessingException e) {
      // Only our own writes reach the column, so a failure here is a bug, not bad input.
      throw new IllegalStateException("Stored survey definition is unreadable", e);
    }
  }

  public String write(SurveyDefinition definition) {
    try {
      return json.writeValueAsString(definition);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Survey definition cannot be written", e);
    }
  }

  /**
   * Whether a stored definition asks the same as {@code other}: equal once both are written the
   * same way, numbers compared by value (1 and 1.0 are the same bound).
   */
  public boolean sameAs(String stored, SurveyDefinition other) {
    JsonNode mine = json.valueToTree(read(stored));
    JsonNode theirs = json.valueToTree(other);
    return mine.equals(
        (a, b) -> {
          if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
          }
          return a.equals(b) ? 0 : 1;
        },
        theirs);
  }
}
