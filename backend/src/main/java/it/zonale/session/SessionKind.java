package it.zonale.session;

/** A plenary of the whole plan, or a meeting of one table. */
public enum SessionKind {
  PLENARY,
  TABLE
}
