package it.zonale.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the body of every 4xx and 5xx answer. */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    @Schema(
            description = "Stable URI of the problem type; clients translate by it.",
            maxLength = 200,
            required = true)
        String type,
    @Schema(description = "Short summary of the problem type.", maxLength = 200, required = true)
        String title,
    @Schema(
            description = "HTTP status code.",
            format = "int32",
            minimum = "100",
            maximum = "599",
            required = true)
        @Min(100)
        @Max(599)
        int status,
    @Schema(description = "Explanation of this occurrence, in English.", maxLength = 2000)
        String detail,
    @Schema(description = "URI of the request that caused the problem.", maxLength = 2000)
        String instance,
    @Schema(
            description = "Invalid fields, each with a JSON pointer into the request.",
            maxItems = 100)
        @Size(max = 100)
        List<ProblemError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_PREFIX = "urn:zonale:problem:";

  /** One invalid field of a request. */
  @Schema(name = "ProblemError")
  public record ProblemError(
      @Schema(
              description = "JSON pointer (RFC 6901) to the field, or the query parameter name.",
              maxLength = 500,
              required = true)
          String pointer,
      @Schema(
              description =
                  "Stable, machine-readable reason, for a translated message next to the field:"
                      + " required (missing, null, blank or empty);"
                      + " too-long (text longer than allowed);"
                      + " too-short (text shorter, or list with fewer items, than allowed);"
                      + " too-many (list with more items than allowed);"
                      + " out-of-range (number or date outside its bounds);"
                      + " invalid-format (pattern, e-mail, JSON type, date, UUID, enum value or"
                      + " query parameter in the wrong format);"
                      + " unknown-reference (id of something that does not exist);"
                      + " not-allowed (a value forbidden in this context);"
                      + " before-start (an end before its start);"
                      + " too-long-duration (a period longer than allowed);"
                      + " invalid-tax-code (wrong codice fiscale); invalid (anything else)."
                      + " A kebab-case slug like the problem type, not an enum: new codes may be"
                      + " added, show detail for a code you do not know.",
              maxLength = 40,
              required = true,
              pattern = "^[a-z]+(-[a-z]+)*$")
          String code,
      @Schema(
              description = "Why the value is invalid, in English; clients translate by code.",
              maxLength = 1000,
              required = true)
          String detail) {}
}
