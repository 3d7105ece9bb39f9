package it.zonale.objective;

/** How often an indicator is measured; measurements are still stored one value per year. */
public enum IndicatorFrequency {
  MONTHLY,
  QUARTERLY,
  SEMESTER,
  YEARLY,
  TRIENNIAL
}
