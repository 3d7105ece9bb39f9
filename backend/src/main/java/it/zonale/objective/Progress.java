package it.zonale.objective;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;

/** The indicator maths: progress of the latest measurement from baseline to target. */
final class Progress {
  private Progress() {}

  /**
   * (latest - baseline) / (target - baseline), unclamped, with a percent clamped to 0-100. When the
   * target equals the baseline (the objective is to keep a level), the target direction is unknown,
   * so the indicator is at 100 % when the latest value equals the target and at 0 % otherwise.
   */
  static IndicatorProgress of(
      BigDecimal baseline, BigDecimal target, List<Measurement> measurements) {
    Measurement latest =
        measurements.stream().max(Comparator.comparingInt(Measurement::year)).orElse(null);
    if (latest == null) {
      return new IndicatorProgress(ProgressBasis.NO_MEASUREMENT, null, null, null, null);
    }
    BigDecimal span = target.subtract(baseline);
    if (span.signum() == 0) {
      boolean held = latest.value().compareTo(target) == 0;
      return new IndicatorProgress(
          ProgressBasis.TARGET_EQUALS_BASELINE,
          latest.year(),
          latest.value(),
          held ? 1.0 : 0.0,
          held ? 100 : 0);
    }
    double ratio =
        latest.value().subtract(baseline).divide(span, MathContext.DECIMAL64).doubleValue();
    int percent = (int) Math.round(Math.max(0, Math.min(1, ratio)) * 100);
    return new IndicatorProgress(
        ProgressBasis.BASELINE_TO_TARGET, latest.year(), latest.value(), ratio, percent);
  }
}
