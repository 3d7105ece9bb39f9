package it.zonale.synthesis;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Context data of the ambito per sub-ambito, beside the number of responding organisations there.
 * Reference data, not official statistics: every figure carries {@link #source()}.
 */
@Schema(name = "SynthesisContext")
public record SynthesisContext(
    @Schema(required = true, maxItems = 100) List<Row> subdistricts,
    @Schema(required = true) Row total,
    @Schema(required = true, maxLength = 500) String source,
    @Schema(
            required = true,
            maxItems = 10,
            description =
                "Indicators the data set does not hold yet (e.g. ageing index): not shown.")
        List<Missing> unavailable) {

  public static final String SOURCE =
      "Fonte: ISTAT via Comuni-ITA, elaborazione Zonale; dati non ufficiali.";

  static final List<Missing> UNAVAILABLE =
      List.of(
          new Missing("AGEING", "Indice di vecchiaia e quota di over 65"),
          new Missing("DEMOGRAPHIC_DECLINE", "Andamento demografico (calo della popolazione)"));

  /** An indicator the context does not have yet; the SPA translates it by key. */
  @Schema(name = "SynthesisMissingIndicator")
  public record Missing(
      @Schema(required = true, maxLength = 40) String key,
      @Schema(required = true, maxLength = 200) String label) {}

  /** One sub-ambito (or the ambito's total, without id). */
  @Schema(name = "SynthesisContextRow")
  public record Row(
      UUID subdistrictId,
      @Schema(required = true, maxLength = 200) String name,
      @Schema(required = true, format = "int64", minimum = "0", maximum = "100000000")
          long population,
      @Schema(required = true, format = "int32", minimum = "0", maximum = "10000")
          int municipalities,
      @Schema(
              required = true,
              format = "int32",
              minimum = "0",
              maximum = "10000",
              description = "Comuni under 5,000 inhabitants.")
          int smallMunicipalities,
      @Schema(required = true, format = "int64", minimum = "0", maximum = "100000000")
          long smallMunicipalitiesPopulation,
      @Schema(
              format = "double",
              minimum = "0",
              maximum = "1",
              description = "Share of the population living in comuni under 5,000.")
          Double smallMunicipalitiesShare,
      @Schema(
              format = "int64",
              minimum = "0",
              maximum = "1000000",
              description = "Responding organisations that answer for this sub-ambito.")
          Long respondents,
      @Schema(required = true) boolean respondentsSuppressed) {}
}
