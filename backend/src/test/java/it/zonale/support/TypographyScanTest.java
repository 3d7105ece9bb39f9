package it.zonale.support;

import static org.assertj.core.api.Assertions.assertThat;

import it.zonale.shared.text.Italian;
import org.junit.jupiter.api.Test;

/** The scan catches each thing it promises to catch, so that a clean document means something. */
class TypographyScanTest {

  @Test
  void acceptsTheOnePercentageStyleAndWhatTheHelperWrites() {
    assertThat(TypographyScan.problems("Quota 85,0% dei comuni, 100,0% e 1.234,5%.")).isEmpty();
    assertThat(TypographyScan.problems("(" + Italian.percent(0.333) + ")")).isEmpty();
    assertThat(Italian.percent(0.85)).isEqualTo("85,0%");
    assertThat(Italian.percent(1)).isEqualTo("100,0%");
  }

  @Test
  void failsEveryOtherPercentageStyle() {
    for (String wrong :
        new String[] {"32 %", "100%", "85,00%", "85.0%", "85,0\u00A0%", "85,0\u202F%", "7%"}) {
      assertThat(TypographyScan.problems("Avanzamento " + wrong + " nel 2023."))
          .as(wrong)
          .singleElement()
          .asString()
          .startsWith("percentage");
    }
  }

  @Test
  void failsRawEnumsBracesNullAndWrongPlurals() {
    assertThat(TypographyScan.problems("Esito TAKEN_INTO_ACCOUNT")).hasSize(1);
    assertThat(TypographyScan.problems("Sono pervenute 1 istanze")).hasSize(1);
    assertThat(TypographyScan.problems("valore {n} null")).hasSize(3);
  }
}
