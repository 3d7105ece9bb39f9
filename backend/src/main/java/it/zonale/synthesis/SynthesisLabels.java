package it.zonale.synthesis;

import it.zonale.organization.OrganizationKind;

/** Italian names of what the synthesis shows in files (exports, briefing pack, plan chapter). */
final class SynthesisLabels {
  private SynthesisLabels() {}

  static String kind(OrganizationKind kind) {
    return kind.label();
  }
}
