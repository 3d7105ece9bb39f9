package it.zonale.agreement;

/** The life of an accordo di programma: drafted by the plan office, then signed and public. */
public enum AgreementStatus {
  DRAFT,
  SIGNED
}
