package it.zonale.synthesis;

import it.zonale.organization.OrganizationKind;

/** Italian names of what the synthesis shows in files (exports, briefing pack, plan chapter). */
final class SynthesisLabels {
  private SynthesisLabels() {}

  static String kind(OrganizationKind kind) {
    return switch (kind) {
      case ODV -> "Organizzazione di volontariato";
      case APS -> "Associazione di promozione sociale";
      case SOCIAL_ENTERPRISE -> "Impresa sociale";
      case SOCIAL_COOPERATIVE -> "Cooperativa sociale";
      case PHILANTHROPIC_ENTITY -> "Ente filantropico";
      case ASSOCIATIVE_NETWORK -> "Rete associativa";
      case MUTUAL_AID_SOCIETY -> "Società di mutuo soccorso";
      case OTHER_ETS -> "Altro ente del Terzo settore";
      case FOUNDATION -> "Fondazione";
      case RELIGIOUS_BODY -> "Ente religioso";
      case MUNICIPALITY -> "Comune";
      case ASST -> "ASST";
      case ATS -> "ATS";
      case CONSORTIUM -> "Ufficio di Piano";
    };
  }
}
