package it.zonale.district;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a district's comuni, with the attribution the data's licences ask for. */
@Schema(name = "MunicipalityPage")
public record MunicipalityPage(
    @Schema(required = true, maxItems = 100) List<Municipality> items,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "100") int limit,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") int offset,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000") long total,
    @Schema(
            required = true,
            maxLength = 500,
            description = "Source attribution to show with the data.")
        String source) {

  /** Attribution the sources of the reference data ask for (backend/reference-data/SOURCES.md). */
  public static final String SOURCE =
      "Fonte: ISTAT, Elenco comuni italiani (CC BY), via Comuni-ITA (MIT) e Wikidata (CC0). "
          + "Popolazione come pubblicata dalla fonte: non sono statistiche ufficiali. "
          + "Attribuzione dei comuni agli ambiti: compilata da atti pubblici, solo provincia di Cremona.";
}
