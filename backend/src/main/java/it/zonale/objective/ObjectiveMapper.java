package it.zonale.objective;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Entities of objectives, indicators and measurements to the records of the API. */
final class ObjectiveMapper {
  static final ZoneId ZONE = ZoneId.of("Europe/Rome");

  private ObjectiveMapper() {}

  static Objective toDto(ObjectiveEntity e, List<Indicator> indicators) {
    return new Objective(
        e.id,
        e.planId,
        e.policyAreaId,
        e.tableId,
        e.title,
        e.description,
        List.copyOf(e.actions),
        e.actors,
        e.resourcesAmount == null
            ? null
            : new Money(
                e.resourcesAmount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), "EUR"),
        e.startDate,
        e.endDate,
        e.status,
        e.contributions.stream()
            .sorted(Comparator.comparing(ObjectiveEntity.CitedContribution::reference))
            .map(c -> new ObjectiveContribution(c.contributionId(), c.reference()))
            .toList(),
        e.findings.stream()
            .map(
                f ->
                    new ObjectiveFinding(
                        f.surveyId(),
                        f.questionKey(),
                        f.rowKey().isEmpty() ? null : f.rowKey(),
                        f.questionTitle()))
            .sorted(
                Comparator.comparing((ObjectiveFinding f) -> f.surveyId().toString())
                    .thenComparing(ObjectiveFinding::questionKey)
                    .thenComparing(f -> f.rowKey() == null ? "" : f.rowKey()))
            .toList(),
        indicators,
        e.version,
        rome(e.createdAt),
        rome(e.updatedAt));
  }

  static Indicator toDto(IndicatorEntity e, List<MeasurementEntity> measurements) {
    List<Measurement> values =
        measurements.stream()
            .sorted(Comparator.comparingInt(m -> m.year))
            .map(ObjectiveMapper::toDto)
            .toList();
    return new Indicator(
        e.id,
        e.objectiveId,
        e.name,
        e.unit,
        plain(e.baselineValue),
        e.baselineYear,
        plain(e.targetValue),
        e.targetYear,
        e.source,
        e.frequency,
        values,
        Progress.of(e.baselineValue, e.targetValue, values),
        e.version);
  }

  static Measurement toDto(MeasurementEntity m) {
    return new Measurement(m.year, plain(m.value), m.note, m.version, rome(m.updatedAt));
  }

  /** Indicators of each objective, with their measurements. */
  static Map<java.util.UUID, List<Indicator>> byObjective(
      List<IndicatorEntity> indicators, List<MeasurementEntity> measurements) {
    Map<java.util.UUID, List<MeasurementEntity>> byIndicator =
        measurements.stream().collect(java.util.stream.Collectors.groupingBy(m -> m.indicatorId));
    return indicators.stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                i -> i.objectiveId,
                java.util.LinkedHashMap::new,
                java.util.stream.Collectors.mapping(
                    i -> toDto(i, byIndicator.getOrDefault(i.id, List.of())),
                    java.util.stream.Collectors.toList())));
  }

  /** 12.5000 as 12.5, 100.0000 as 100: numbers as people write them, never 1E+2. */
  static BigDecimal plain(BigDecimal value) {
    return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
  }

  static OffsetDateTime rome(Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
  }
}
