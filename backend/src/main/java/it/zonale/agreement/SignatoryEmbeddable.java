package it.zonale.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/** One row of agreement_signatories. */
@Embeddable
class SignatoryEmbeddable {
  @Column(name = "organization_id")
  public UUID organizationId;

  @Column(name = "municipality_istat_code")
  public String municipalityIstatCode;

  @Column(name = "signed_on")
  public LocalDate signedOn;

  @Column(name = "signatory_name")
  public String signatoryName;

  @Column(name = "signatory_role")
  public String signatoryRole;

  public SignatoryEmbeddable() {}

  SignatoryEmbeddable(SignatoryInput in) {
    this.organizationId = in.organizationId();
    this.municipalityIstatCode = in.municipalityIstatCode();
    this.signedOn = in.signedOn();
    this.signatoryName = blankToNull(in.signatoryName());
    this.signatoryRole = blankToNull(in.signatoryRole());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
