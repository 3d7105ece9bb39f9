package it.zonale.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a survey asks: its sections and their questions, stored as one JSON document. */
@Schema(description = "Sections and typed questions of a needs survey.")
public record SurveyDefinition(@NotNull @Valid @Size(max = 30) List<SurveySection> sections) {

  public static SurveyDefinition empty() {
    return new SurveyDefinition(List.of());
  }

  /** Every question, in order. */
  public Stream<SurveyQuestion> questions() {
    return sections.stream().flatMap(section -> section.questions().stream());
  }

  public Optional<SurveyQuestion> question(String key) {
    return questions().filter(question -> question.key().equals(key)).findFirst();
  }
}
