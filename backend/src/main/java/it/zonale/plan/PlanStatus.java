package it.zonale.plan;

/** The life of a Piano di Zona; it only moves forward, one step at a time. */
public enum PlanStatus {
  DRAFT,
  CONSULTATION,
  APPROVED,
  MONITORING,
  CLOSED;

  /** The one status this plan may move to next, or null when closed. */
  public PlanStatus next() {
    return this == CLOSED ? null : values()[ordinal() + 1];
  }

  /** Published plans are public; drafts are seen only inside their ambito. */
  public boolean isPublic() {
    return this != DRAFT;
  }
}
