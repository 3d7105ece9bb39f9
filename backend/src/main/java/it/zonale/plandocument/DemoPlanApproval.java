package it.zonale.plandocument;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import it.zonale.approval.ApprovalApi;
import it.zonale.approval.ApprovalCreate;
import it.zonale.approval.ApprovalVoteCast;
import it.zonale.approval.VoteChoice;
import it.zonale.district.DistrictApi;
import it.zonale.district.Municipality;
import it.zonale.plan.PlanApi;
import it.zonale.plan.PlanStatus;
import it.zonale.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Demo data only (when Flyway loads db/demo): at start, approves the Cremasco 2025-2027 plan
 * through the same services as the plan office would, so that the demo's APPROVED plan has its
 * approval record (the 48 comuni's population-weighted vote) and its frozen document version with a
 * matching hash. Does nothing once the plan is approved, and nothing at all in production.
 */
@ApplicationScoped
class DemoPlanApproval {
  static final UUID PLAN = UUID.fromString("b1000000-0000-4000-8000-000000000002");
  static final UUID CREMASCO = UUID.fromString("d1000000-0000-4000-8000-000000000001");
  private static final Logger LOG = Logger.getLogger(DemoPlanApproval.class);

  private final List<String> flywayLocations;
  private final CurrentIdentityAssociation identities;
  private final PlanApi plans;
  private final PlanDocumentService documents;
  private final ApprovalApi approvals;
  private final DistrictApi districts;

  public DemoPlanApproval(
      @ConfigProperty(name = "quarkus.flyway.locations") List<String> flywayLocations,
      CurrentIdentityAssociation identities,
      PlanApi plans,
      PlanDocumentService documents,
      ApprovalApi approvals,
      DistrictApi districts) {
    this.flywayLocations = flywayLocations;
    this.identities = identities;
    this.plans = plans;
    this.documents = documents;
    this.approvals = approvals;
    this.districts = districts;
  }

  void onStart(@Observes StartupEvent start) {
    if (flywayLocations.stream().noneMatch(l -> l.contains("db/demo"))) {
      return;
    }
    ManagedContext request = Arc.container().requestContext();
    request.activate();
    try {
      approveCremasco();
    } finally {
      request.terminate();
    }
  }

  private void approveCremasco() {
    identities.setIdentity(
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new SystemToken("demo-data", CREMASCO))
            .addRole(Roles.CONSORTIUM)
            .build());
    if (plans.officePlan(PLAN).status() != PlanStatus.CONSULTATION) {
      return;
    }
    documents.assembleVersion(PLAN);
    List<ApprovalVoteCast> votes = new ArrayList<>();
    districts
        .municipalitiesOf(CREMASCO)
        .forEach(m -> votes.add(new ApprovalVoteCast(m.istatCode(), vote(m))));
    approvals.recordApproval(
        PLAN,
        new ApprovalCreate(
            LocalDate.of(2025, 2, 26),
            "Deliberazione dell’Assemblea dei Sindaci del 26/02/2025 (riferimento demo)",
            null,
            "Voto dimostrativo: i comuni presenti votano a favore (dato demo, non dai verbali).",
            votes));
    LOG.infof("Demo data: plan %s approved by the vote of %d comuni", PLAN, votes.size());
  }

  /** Demo vote: every comune present and in favour except Crema's abstention (plausible, demo). */
  private static VoteChoice vote(Municipality m) {
    return m.name().equals("Crema") ? VoteChoice.ABSTAINED : VoteChoice.IN_FAVOUR;
  }

  /** The claims of the demo loader: the plan office of Cremasco, acting for no organisation. */
  private record SystemToken(String name, UUID district) implements JsonWebToken {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public Set<String> getClaimNames() {
      return Set.of("sub", "preferred_username", "district_ids");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
      Map<String, Object> claims =
          Map.of(
              "sub",
              name,
              "preferred_username",
              name,
              "district_ids",
              List.of(district.toString()));
      return (T) claims.get(claimName);
    }

    @Override
    public <T> Optional<T> claim(String claimName) {
      return Optional.ofNullable(getClaim(claimName));
    }
  }
}
