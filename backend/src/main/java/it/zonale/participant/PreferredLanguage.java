package it.zonale.participant;

/** The language of the e-mails Zonale sends a participant: Italian unless they chose English. */
public enum PreferredLanguage {
  IT,
  EN
}
