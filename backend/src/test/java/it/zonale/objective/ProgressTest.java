package it.zonale.objective;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
  static Measurement m(int year, String value) {
    return new Measurement(year, new BigDecimal(value), null, 0, OffsetDateTime.now());
  }

  static IndicatorProgress of(String baseline, String target, Measurement... ms) {
    return Progress.of(new BigDecimal(baseline), new BigDecimal(target), List.of(ms));
  }

  @Test
  void noMeasurementMeansNoProgress() {
    IndicatorProgress p = of("100", "150");
    assertThat(p.basis()).isEqualTo(ProgressBasis.NO_MEASUREMENT);
    assertThat(p.ratio()).isNull();
    assertThat(p.percent()).isNull();
  }

  @Test
  void theLatestYearCountsNotTheLastRecorded() {
    IndicatorProgress p = of("100", "150", m(2023, "140"), m(2022, "110"));
    assertThat(p.latestYear()).isEqualTo(2023);
    assertThat(p.ratio()).isEqualTo(0.8);
    assertThat(p.percent()).isEqualTo(80);
  }

  @Test
  void aDecreasingTargetProgressesAsTheValueFalls() {
    IndicatorProgress p = of("40", "20", m(2022, "35"));
    assertThat(p.ratio()).isEqualTo(0.25);
    assertThat(p.percent()).isEqualTo(25);
  }

  @Test
  void percentIsClampedButRatioIsNot() {
    assertThat(of("100", "150", m(2022, "200")).ratio()).isEqualTo(2.0);
    assertThat(of("100", "150", m(2022, "200")).percent()).isEqualTo(100);
    assertThat(of("100", "150", m(2022, "90")).ratio()).isEqualTo(-0.2);
    assertThat(of("100", "150", m(2022, "90")).percent()).isZero();
  }

  @Test
  void aTargetEqualToTheBaselineIsMetWhenTheLevelIsKept() {
    IndicatorProgress kept = of("12", "12.0", m(2022, "12"));
    assertThat(kept.basis()).isEqualTo(ProgressBasis.TARGET_EQUALS_BASELINE);
    assertThat(kept.percent()).isEqualTo(100);
    IndicatorProgress lost = of("12", "12", m(2022, "11"));
    assertThat(lost.percent()).isZero();
    assertThat(lost.ratio()).isZero();
  }
}
