package it.zonale.agreement;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.district.DistrictApi;
import it.zonale.organization.OrganizationApi;
import it.zonale.organization.OrganizationKind;
import it.zonale.organization.OrganizationRef;
import it.zonale.plan.PlanApi;
import it.zonale.plan.PlanRef;
import it.zonale.plan.PlanWrite;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The accordo di programma of a plan: the plan office writes it with its signatories (each save a
 * version, kept in the audit log) and records its signature, which makes it public with the
 * register of the organisations adhering to it.
 */
@ApplicationScoped
class AgreementService {
  static final ZoneId ROME = ZoneId.of("Europe/Rome");

  private final AgreementRepository agreements;
  private final AdhesionRepository adhesions;
  private final PlanApi plans;
  private final OrganizationApi organizations;
  private final DistrictApi districts;
  private final CurrentUser user;
  private final AuditApi audit;

  public AgreementService(
      AgreementRepository agreements,
      AdhesionRepository adhesions,
      PlanApi plans,
      OrganizationApi organizations,
      DistrictApi districts,
      CurrentUser user,
      AuditApi audit) {
    this.agreements = agreements;
    this.adhesions = adhesions;
    this.plans = plans;
    this.organizations = organizations;
    this.districts = districts;
    this.user = user;
    this.audit = audit;
  }

  /**
   * A signed accordo for whoever may read the plan; a draft only for the plan office.
   *
   * @throws DomainException.NotFound agreement-not-found
   */
  Agreement getAgreement(UUID planId) {
    return toDto(readable(planId));
  }

  /**
   * Writes the accordo with its signatories: version 0 creates it, then the shown version must be
   * sent back. A signed accordo's signatories and dates can still be completed (e.g. a late
   * signature), never its text: the parties signed that text.
   *
   * @throws DomainException.StaleVersion when someone else saved first
   * @throws DomainException.InvalidInput a signatory that is not a public body or comune of the
   *     ambito, twice the same signatory, validTo before validFrom
   * @throws DomainException.InvalidState the plan's status freezes the text (PlanStatusPolicy);
   *     agreement-signed, a change of a signed accordo's text
   */
  @Transactional
  public Agreement saveAgreement(UUID planId, AgreementUpdate update) {
    PlanRef plan = plans.manageablePlan(planId, PlanWrite.AGREEMENT_SIGNATURE);
    AgreementEntity e = agreements.findOfPlan(planId).orElse(null);
    Agreement before = e == null ? null : toDto(e);
    if (e == null) {
      Versions.require("agreement", update.version(), 0);
    } else {
      Versions.require("agreement", update.version(), shown(e));
    }
    if (update.validFrom() != null
        && update.validTo() != null
        && update.validTo().isBefore(update.validFrom())) {
      throw DomainException.InvalidInput.of(
          "/validTo", FieldCode.BEFORE_START, "must not be before validFrom");
    }
    checkSignatories(plan.districtId(), update.signatories());
    // After the approval the accordo's text is the one approved with the plan; its signatories and
    // dates may still be completed until the signature.
    boolean textChanged =
        e == null
            || !java.util.Objects.equals(e.title, update.title().strip())
            || !java.util.Objects.equals(
                e.deliberationReference, blankToNull(update.deliberationReference()))
            || !java.util.Objects.equals(e.summary, blankToNull(update.summary()));
    if (textChanged) {
      PlanApi.requireAllows(PlanWrite.AGREEMENT_TEXT, plan.status());
      // why: the parties signed this text, also while the plan is still in consultation; a new
      // text is a new accordo, not a correction (docs/plan-lifecycle.md)
      if (e != null && e.status == AgreementStatus.SIGNED) {
        throw DomainException.InvalidState.of(
            "agreement-signed",
            "The accordo di programma is signed: its title, deliberation reference and summary are"
                + " the signed text and no longer change. Signatories and dates may still be"
                + " completed.");
      }
    }
    Instant now = Timestamps.now();
    if (e == null) {
      e = new AgreementEntity();
      e.id = UUID.randomUUID();
      e.planId = plan.id();
      e.districtId = plan.districtId();
      e.status = AgreementStatus.DRAFT;
      e.createdAt = now;
    }
    e.title = update.title().strip();
    e.deliberationReference = blankToNull(update.deliberationReference());
    e.summary = blankToNull(update.summary());
    e.signedOn = update.signedOn();
    e.validFrom = update.validFrom();
    e.validTo = update.validTo();
    e.signatories.clear();
    for (SignatoryInput s : update.signatories()) {
      e.signatories.add(new SignatoryEmbeddable(s));
    }
    e.updatedAt = now;
    if (before == null) {
      agreements.persist(e);
    }
    agreements.flush();
    Agreement after = toDto(e);
    audit.recordChange(
        before == null ? AuditAction.CREATE : AuditAction.UPDATE,
        "agreement",
        e.id,
        e.districtId,
        before,
        after);
    return after;
  }

  /**
   * Records the signature of the version the plan office read: from then on the accordo is public
   * and organisations that took part may ask to adhere.
   *
   * @throws DomainException.NotFound agreement-not-found
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidState agreement-already-signed, agreement-incomplete
   */
  @Transactional
  public Agreement signAgreement(UUID planId, AgreementSignature signature) {
    plans.manageablePlan(planId, PlanWrite.AGREEMENT_SIGNATURE);
    AgreementEntity e =
        agreements
            .findOfPlan(planId)
            .orElseThrow(() -> DomainException.NotFound.of("agreement", planId));
    Versions.require("agreement", signature.version(), shown(e));
    if (e.status == AgreementStatus.SIGNED) {
      throw DomainException.InvalidState.of(
          "agreement-already-signed", "The accordo di programma is already signed.");
    }
    if (e.signedOn == null || e.signatories.isEmpty()) {
      throw DomainException.InvalidState.of(
          "agreement-incomplete",
          "An accordo di programma is signed with its date of signature and at least one"
              + " signatory: add them first.");
    }
    Agreement before = toDto(e);
    e.status = AgreementStatus.SIGNED;
    e.signedAt = Timestamps.now();
    e.updatedAt = e.signedAt;
    agreements.flush();
    Agreement after = toDto(e);
    audit.recordChange(AuditAction.STATUS_CHANGE, "agreement", e.id, e.districtId, before, after);
    return after;
  }

  /**
   * The public register of a signed accordo: the accepted organisations by name, and the counts by
   * kind of all of them.
   *
   * @throws DomainException.NotFound agreement-not-found
   */
  AdhesionRegister getAdhesionRegister(UUID planId, PageQuery page) {
    AgreementEntity e = readable(planId);
    List<AdheringOrganization> items =
        adhesions.register(e.id, page.limit, page.offset).stream()
            .map(
                r ->
                    new AdheringOrganization(
                        r.organizationId(),
                        r.name(),
                        r.kind(),
                        r.acceptedAt() == null
                            ? null
                            : r.acceptedAt().atZone(ROME).toOffsetDateTime()))
            .toList();
    return new AdhesionRegister(
        items,
        page.limit,
        page.offset,
        adhesions.countAccepted(e.id),
        adhesions.countsByKind(e.id));
  }

  /** The agreement of the plan if the caller may read it (adhesions), else not found. */
  AgreementEntity readable(UUID planId) {
    PlanRef plan = plans.readablePlanOf(planId, "agreement", planId);
    AgreementEntity e =
        agreements
            .findOfPlan(planId)
            .orElseThrow(() -> DomainException.NotFound.of("agreement", planId));
    if (e.status == AgreementStatus.DRAFT && !user.managesDistrict(plan.districtId())) {
      throw DomainException.NotFound.of("agreement", planId);
    }
    return e;
  }

  /** The agreement of a plan the caller manages (adhesions). */
  AgreementEntity manageable(UUID planId) {
    plans.manageablePlan(planId, PlanWrite.AGREEMENT_SIGNATURE);
    return agreements
        .findOfPlan(planId)
        .orElseThrow(() -> DomainException.NotFound.of("agreement", planId));
  }

  private void checkSignatories(UUID districtId, List<SignatoryInput> signatories) {
    Set<UUID> orgIds = new HashSet<>();
    Set<String> codes = new HashSet<>();
    signatories.forEach(
        s -> {
          if (s.organizationId() != null) {
            orgIds.add(s.organizationId());
          }
          if (s.municipalityIstatCode() != null) {
            codes.add(s.municipalityIstatCode());
          }
        });
    Map<UUID, OrganizationRef> orgs = organizations.refsOf(orgIds);
    Map<String, String> comuni = districts.municipalityNamesIn(districtId, codes);
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < signatories.size(); i++) {
      SignatoryInput s = signatories.get(i);
      String at = "/signatories/" + i;
      if ((s.organizationId() == null) == (s.municipalityIstatCode() == null)) {
        throw DomainException.InvalidInput.of(
            at + "/organizationId",
            s.organizationId() == null ? FieldCode.REQUIRED : FieldCode.NOT_ALLOWED,
            "give exactly one of organizationId and municipalityIstatCode");
      }
      if (s.organizationId() != null) {
        OrganizationRef org = orgs.get(s.organizationId());
        if (org == null || !org.districtIds().contains(districtId)) {
          throw DomainException.InvalidInput.of(
              at + "/organizationId",
              FieldCode.UNKNOWN_REFERENCE,
              "no organisation with this id works in the plan's ambito");
        }
        if (!org.kind().isPublicBody()) {
          throw DomainException.InvalidInput.of(
              at + "/organizationId",
              FieldCode.NOT_ALLOWED,
              "only public bodies sign the accordo; Third Sector organisations adhere to it");
        }
      } else if (!comuni.containsKey(s.municipalityIstatCode())) {
        throw DomainException.InvalidInput.of(
            at + "/municipalityIstatCode",
            FieldCode.UNKNOWN_REFERENCE,
            "no comune of the plan's ambito with this ISTAT code");
      }
      Object key = Objects.requireNonNullElse(s.organizationId(), s.municipalityIstatCode());
      if (!seen.add(key)) {
        throw DomainException.InvalidInput.of(
            at + (s.organizationId() != null ? "/organizationId" : "/municipalityIstatCode"),
            FieldCode.NOT_ALLOWED,
            "this signatory is already in the list");
      }
    }
  }

  /**
   * The version the API shows: the stored one plus one, because 0 means "nothing written yet", so
   * two people writing the first accordo at once cannot overwrite each other.
   */
  private static long shown(AgreementEntity e) {
    return e.version + 1;
  }

  private Agreement toDto(AgreementEntity e) {
    Set<UUID> orgIds = new HashSet<>();
    Set<String> codes = new HashSet<>();
    e.signatories.forEach(
        s -> {
          if (s.organizationId != null) {
            orgIds.add(s.organizationId);
          } else {
            codes.add(s.municipalityIstatCode);
          }
        });
    Map<UUID, OrganizationRef> orgs = organizations.refsOf(orgIds);
    Map<String, String> comuni = districts.municipalityNamesIn(e.districtId, codes);
    List<Signatory> signatories = new ArrayList<>();
    for (SignatoryEmbeddable s : e.signatories) {
      if (s.organizationId != null) {
        OrganizationRef org = orgs.get(s.organizationId);
        signatories.add(
            new Signatory(
                s.organizationId,
                null,
                org == null ? "" : org.name(),
                org == null ? OrganizationKind.CONSORTIUM : org.kind(),
                s.signedOn,
                s.signatoryName,
                s.signatoryRole));
      } else {
        signatories.add(
            new Signatory(
                null,
                s.municipalityIstatCode,
                comuni.getOrDefault(s.municipalityIstatCode, s.municipalityIstatCode),
                OrganizationKind.MUNICIPALITY,
                s.signedOn,
                s.signatoryName,
                s.signatoryRole));
      }
    }
    return new Agreement(
        e.id,
        e.planId,
        e.districtId,
        e.title,
        e.deliberationReference,
        e.summary,
        e.signedOn,
        e.validFrom,
        e.validTo,
        e.status,
        signatories,
        adhesions.countAccepted(e.id),
        e.updatedAt.atZone(ROME).toOffsetDateTime(),
        shown(e));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
