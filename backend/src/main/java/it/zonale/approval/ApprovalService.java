package it.zonale.approval;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.district.DistrictApi;
import it.zonale.district.Municipality;
import it.zonale.plan.PlanApi;
import it.zonale.plan.PlanRef;
import it.zonale.plan.PlanWrite;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The plan office records the session of the Assemblea dei Sindaci that votes the plan: when the
 * vote carries, the plan becomes APPROVED and {@link PlanApproved} is fired in the same
 * transaction, so that an observer that fails (the plan document cannot be frozen) undoes it all.
 */
@ApplicationScoped
class ApprovalService {
  static final String RESOURCE = "approval";
  static final ZoneId ZONE = ZoneId.of("Europe/Rome");
  static final String POPULATION_SOURCE = "ISTAT via Comuni-ITA, dati non ufficiali";

  private final ApprovalRepository approvals;
  private final PlanApi plans;
  private final DistrictApi districts;
  private final AuditApi audit;
  private final Event<PlanApproved> approved;

  public ApprovalService(
      ApprovalRepository approvals,
      PlanApi plans,
      DistrictApi districts,
      AuditApi audit,
      Event<PlanApproved> approved) {
    this.approvals = approvals;
    this.plans = plans;
    this.districts = districts;
    this.audit = audit;
    this.approved = approved;
  }

  /**
   * @throws DomainException.NotFound plan-not-found, approval-not-found
   */
  public Approval getApproval(UUID planId) {
    plans.readablePlan(planId);
    return approvals
        .ofPlan(planId)
        .map(ApprovalService::toDto)
        .orElseThrow(() -> DomainException.NotFound.of(RESOURCE, planId));
  }

  /**
   * The approval by id, for a caller that already checked who may read the plan (the export worker
   * renders the approved edition of a document off the request).
   */
  java.util.Optional<Approval> approvalById(UUID approvalId) {
    return approvals.findByIdOptional(approvalId).map(ApprovalService::toDto);
  }

  /**
   * Every comune of the ambito votes exactly once; the outcome follows {@link ApprovalTotals}'s
   * rule.
   *
   * @throws DomainException.Forbidden not-your-district
   * @throws DomainException.Conflict approval-exists
   * @throws DomainException.InvalidState plan-not-in-consultation, approval-not-carried, or what an
   *     observer of {@link PlanApproved} throws
   * @throws DomainException.InvalidInput comuni unknown, repeated or missing
   */
  @Transactional
  Approval recordApproval(UUID planId, ApprovalCreate create) {
    PlanRef plan = plans.officePlan(planId);
    if (approvals.ofPlan(plan.id()).isPresent()) {
      throw DomainException.Conflict.of(
          "approval-exists", "The approval of this plan is already on record.");
    }
    PlanApi.requireAllows(PlanWrite.APPROVAL, plan.status());
    List<ApprovalVote> votes = checkVotes(plan.districtId(), create.votes());
    ApprovalTotals totals = ApprovalTotals.of(votes);
    if (!totals.carried()) {
      throw DomainException.InvalidState.of(
          "approval-not-carried",
          String.format(
              java.util.Locale.ROOT,
              "The vote does not carry: the comuni present hold %.1f %% of the population (more"
                  + " than 50 %% needed), those in favour %.1f %% of the population voting (more"
                  + " than 50 %% needed). Nothing was recorded.",
              totals.presentShare() * 100,
              totals.inFavourShare() * 100));
    }
    ApprovalEntity e = new ApprovalEntity();
    e.id = UUID.randomUUID();
    e.planId = plan.id();
    e.districtId = plan.districtId();
    e.assemblyDate = create.assemblyDate();
    e.deliberation = create.deliberation().strip();
    e.documentVersion = create.documentVersion();
    e.notes = create.notes() == null || create.notes().isBlank() ? null : create.notes().strip();
    e.totalPopulation = totals.totalPopulation();
    votes.forEach(
        v ->
            e.votes.add(
                new ApprovalEntity.VoteRow(
                    v.istatCode(), v.municipalityName(), v.population(), v.vote())));
    e.createdAt = Timestamps.now();
    approvals.persistAndFlush(e);
    plans.recordPlanApproval(plan.id());
    Approval created = toDto(e);
    audit.recordChange(AuditAction.CREATE, RESOURCE, e.id, e.districtId, null, created);
    // why: synchronous, inside this transaction: the plan document freezes its version or throws,
    // and then the approval, the plan's status and the audit entry are all rolled back
    approved.fire(
        new PlanApproved(plan.id(), e.id, e.assemblyDate, e.deliberation, e.documentVersion));
    return created;
  }

  private List<ApprovalVote> checkVotes(UUID districtId, List<ApprovalVoteCast> cast) {
    Map<String, Municipality> comuni = new LinkedHashMap<>();
    districts.municipalitiesOf(districtId).forEach(m -> comuni.put(m.istatCode(), m));
    List<DomainException.FieldProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<ApprovalVote> votes = new ArrayList<>();
    for (int i = 0; i < cast.size(); i++) {
      ApprovalVoteCast v = cast.get(i);
      Municipality m = comuni.get(v.istatCode());
      if (m == null) {
        problems.add(
            new DomainException.FieldProblem(
                "/votes/" + i + "/istatCode",
                FieldCode.UNKNOWN_REFERENCE,
                "is not a comune of the plan's ambito"));
      } else if (!seen.add(v.istatCode())) {
        problems.add(
            new DomainException.FieldProblem(
                "/votes/" + i + "/istatCode", FieldCode.NOT_ALLOWED, "votes twice"));
      } else {
        votes.add(new ApprovalVote(m.istatCode(), m.name(), m.population(), v.vote()));
      }
    }
    List<String> missing =
        comuni.values().stream()
            .filter(m -> !seen.contains(m.istatCode()))
            .map(m -> m.istatCode() + " " + m.name())
            .toList();
    if (!missing.isEmpty()) {
      problems.add(
          new DomainException.FieldProblem(
              "/votes",
              FieldCode.REQUIRED,
              "every comune of the ambito must vote (ABSENT included); missing: "
                  + String.join(", ", missing)));
    }
    if (!problems.isEmpty()) {
      throw DomainException.InvalidInput.of(problems);
    }
    return votes;
  }

  private static Approval toDto(ApprovalEntity e) {
    List<ApprovalVote> votes =
        e.votes.stream()
            .map(
                v ->
                    new ApprovalVote(v.istatCode(), v.municipalityName(), v.population(), v.vote()))
            .sorted(Comparator.comparing(ApprovalVote::municipalityName))
            .toList();
    return new Approval(
        e.id,
        e.planId,
        e.assemblyDate,
        e.deliberation,
        e.documentVersion,
        e.notes,
        votes,
        ApprovalTotals.of(votes),
        POPULATION_SOURCE,
        e.createdAt.atZone(ZONE).toOffsetDateTime());
  }
}
