package it.zonale.opendata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** What a deployment says about itself as a publisher of open data. */
@ConfigMapping(prefix = "zonale.opendata")
public interface OpenDataConfig {
  /** The licence of every dataset; CC BY 4.0 unless the body chooses another. */
  @WithDefault("https://creativecommons.org/licenses/by/4.0/")
  String license();

  /** The publishing body's name. */
  @WithDefault("Ufficio di Piano")
  String publisherName();

  /** The body's code in the Indice delle Pubbliche Amministrazioni, when known. */
  Optional<String> publisherIpaCode();

  /** Where questions about the data go. */
  @WithDefault("mailto:dati@example.org")
  String contactEmail();

  /** The title of the catalogue. */
  @WithDefault("Catalogo dei dati aperti di Zonale")
  String catalogTitle();

  /** The public address of the API (used in the catalogue's URIs when set). */
  Optional<String> baseUrl();
}
