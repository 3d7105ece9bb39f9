package it.zonale.shared.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns of DOCX and ODT tables are as wide as their content needs, not equal. */
class ColumnWidthsTest {

  @Test
  void aColumnOfLongTextsGetsMoreThanAColumnOfShortFigures() {
    var table =
        new ReportBlock.DataTable(
            null,
            List.of("Obiettivo", "Avanzamento", "Stato"),
            List.of(
                List.of(
                    "Potenziare l’assistenza domiciliare integrata per le persone anziane non"
                        + " autosufficienti nei comuni più piccoli",
                    "32,0%",
                    "In corso"),
                List.of("Sportello unico", "100,0%", "Raggiunto")),
            null);

    List<Double> shares = ColumnWidths.of(table);

    assertThat(shares).hasSize(3);
    assertThat(shares.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
    assertThat(shares.get(0)).isGreaterThan(shares.get(1)).isGreaterThan(shares.get(2) - 0.001);
    // the header "Avanzamento" (11 letters) is the longest word of its column: never split
    assertThat(shares.get(1) * ColumnWidths.LINE).isGreaterThanOrEqualTo(11);
  }

  @Test
  void columnsWithTheSameContentAreEqualAndAnEmptyTableStillHasItsColumns() {
    var same =
        new ReportBlock.DataTable(
            null, List.of("Comune", "Ambito"), List.of(List.of("Crema", "Crema")), null);
    assertThat(ColumnWidths.of(same).get(0)).isCloseTo(0.5, within(1e-9));

    var empty = new ReportBlock.DataTable(null, List.of("A", "B", "C"), List.of(), null);
    assertThat(ColumnWidths.of(empty)).hasSize(3).allSatisfy(s -> assertThat(s).isPositive());
    assertThat(ColumnWidths.of(new ReportBlock.DataTable(null, List.of(), List.of(), null)))
        .isEmpty();
  }
}
