package it.zonale.session;

/** How people attend: in person (needs a place), online (needs a link), or both. */
public enum SessionMode {
  IN_PERSON,
  ONLINE,
  HYBRID
}
