package it.zonale.opendata;

import it.zonale.agreement.AdheringOrganization;
import it.zonale.agreement.AgreementApi;
import it.zonale.agreement.KindCount;
import it.zonale.call.Call;
import it.zonale.call.CallApi;
import it.zonale.contribution.Contribution;
import it.zonale.contribution.ContributionApi;
import it.zonale.contribution.ContributionStatus;
import it.zonale.district.District;
import it.zonale.district.DistrictApi;
import it.zonale.district.Municipality;
import it.zonale.district.Subdistrict;
import it.zonale.objective.Indicator;
import it.zonale.objective.Measurement;
import it.zonale.objective.Objective;
import it.zonale.objective.ObjectiveApi;
import it.zonale.organization.OrganizationKind;
import it.zonale.participant.ParticipantApi;
import it.zonale.participant.SessionAttendanceByKind;
import it.zonale.phase.PhaseApi;
import it.zonale.phase.PlanPhase;
import it.zonale.plan.Plan;
import it.zonale.plan.PlanApi;
import it.zonale.policyarea.PolicyArea;
import it.zonale.policyarea.PolicyAreaApi;
import it.zonale.session.Session;
import it.zonale.session.SessionApi;
import it.zonale.session.SessionStatus;
import it.zonale.shared.error.DomainException;
import it.zonale.synthesis.SurveySynthesis;
import it.zonale.synthesis.SynthesisApi;
import it.zonale.table.Table;
import it.zonale.table.TableApi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Produces the rows of the open datasets, page by page, through the services the other features
 * publish, so a dataset never holds more than one page in memory and shows exactly what an
 * anonymous visitor may read: published plans only, answered istanze only, no people.
 */
@ApplicationScoped
class OpenDataService {

  /** When the reference data of the repository (migration V002) was last regenerated. */
  static final OffsetDateTime REFERENCE_DATA_MODIFIED =
      OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private final DistrictApi districts;
  private final PlanApi plans;
  private final PhaseApi phases;
  private final PolicyAreaApi policyAreas;
  private final TableApi tables;
  private final SessionApi sessions;
  private final CallApi calls;
  private final ContributionApi contributions;
  private final AgreementApi agreements;
  private final ObjectiveApi objectives;
  private final ParticipantApi participants;
  private final SynthesisApi syntheses;

  public OpenDataService(
      DistrictApi districts,
      PlanApi plans,
      PhaseApi phases,
      PolicyAreaApi policyAreas,
      TableApi tables,
      SessionApi sessions,
      CallApi calls,
      ContributionApi contributions,
      AgreementApi agreements,
      ObjectiveApi objectives,
      ParticipantApi participants,
      SynthesisApi syntheses) {
    this.districts = districts;
    this.plans = plans;
    this.phases = phases;
    this.policyAreas = policyAreas;
    this.tables = tables;
    this.sessions = sessions;
    this.calls = calls;
    this.contributions = contributions;
    this.agreements = agreements;
    this.objectives = objectives;
    this.participants = participants;
    this.syntheses = syntheses;
  }

  /**
   * The public plan, or plan-not-found (a draft is not public, whoever asks).
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public Plan publicPlan(UUID planId) {
    Plan plan = plans.readablePlanDetails(planId);
    if (!plan.status().isPublic()) {
      throw DomainException.NotFound.of("plan", planId);
    }
    return plan;
  }

  /**
   * @throws DomainException.NotFound district-not-found
   */
  public District district(UUID districtId) {
    return districts.getDistrict(districtId);
  }

  /** Every ambito of the region, page by page. */
  public void eachDistrict(java.util.function.Consumer<District> each) {
    districts.allDistricts().forEach(each);
  }

  /** The comuni of an ambito, page by page. */
  public void eachMunicipality(UUID districtId, java.util.function.Consumer<Municipality> each) {
    districts.municipalitiesOf(districtId).forEach(each);
  }

  /** The policy areas by id. */
  public Map<UUID, PolicyArea> policyAreas() {
    Map<UUID, PolicyArea> all = new HashMap<>();
    policyAreas.allPolicyAreas().forEach(a -> all.put(a.id(), a));
    return all;
  }

  /**
   * The published plans of an ambito (null: of every ambito), newest first as the plan list orders
   * them.
   */
  public void eachPublicPlan(UUID districtId, java.util.function.Consumer<Plan> each) {
    plans.eachReadablePlan(
        districtId,
        p -> {
          if (p.status().isPublic()) {
            each.accept(p);
          }
        });
  }

  /**
   * Writes the rows of the dataset for its scope (null for the region, the district or the plan).
   *
   * @throws DomainException.NotFound plan-not-found, district-not-found
   */
  public void write(Dataset d, UUID scopeId, RowSink sink) {
    switch (d.key()) {
      case "ambiti" -> ambiti(sink);
      case "sub-ambiti" -> subAmbiti(sink);
      case "comuni" -> comuni(sink);
      case "plans" -> plans(scopeId, sink);
      default -> planDataset(d, publicPlan(scopeId), sink);
    }
  }

  private void ambiti(RowSink sink) {
    sink.modified(REFERENCE_DATA_MODIFIED);
    for (District d : districts.allDistricts()) {
      sink.row(
          d.id(),
          d.code(),
          d.name(),
          d.provinceCode(),
          d.leadBody(),
          d.healthAuthority(),
          d.municipalityCount(),
          d.population());
    }
  }

  private void subAmbiti(RowSink sink) {
    sink.modified(REFERENCE_DATA_MODIFIED);
    for (District d : districts.allDistricts()) {
      for (Subdistrict s : d.subdistricts()) {
        sink.row(s.id(), s.name(), d.id(), d.code());
      }
    }
  }

  private void comuni(RowSink sink) {
    sink.modified(REFERENCE_DATA_MODIFIED);
    for (District d : districts.allDistricts()) {
      for (Municipality m : districts.municipalitiesOf(d.id())) {
        sink.row(
            m.istatCode(),
            m.name(),
            m.provinceCode(),
            m.population(),
            d.id(),
            d.code(),
            m.subdistrictId());
      }
    }
  }

  private void plans(UUID districtId, RowSink sink) {
    districts.getDistrict(districtId);
    Map<UUID, String> codes = areaCodes();
    eachPublicPlan(
        districtId,
        p -> {
          sink.modified(p.updatedAt());
          sink.row(
              p.id(),
              p.districtId(),
              p.title(),
              p.startYear(),
              p.endYear(),
              p.status(),
              codesOf(p.policyAreaIds(), codes),
              p.updatedAt());
        });
  }

  private void planDataset(Dataset d, Plan plan, RowSink sink) {
    UUID planId = plan.id();
    sink.modified(plan.updatedAt());
    switch (d.key()) {
      case "timeline" -> {
        for (PlanPhase p : phases.phasesOfPlan(planId)) {
          sink.row(p.id(), p.planId(), p.kind(), p.name(), p.startDate(), p.endDate());
        }
      }
      case "tables" -> {
        Map<UUID, String> codes = areaCodes();
        for (Table t : tables.tablesOfPlan(planId)) {
          sink.row(
              t.id(),
              t.planId(),
              t.name(),
              t.targetGroup(),
              t.level(),
              t.subdistrictId(),
              codesOf(t.policyAreaIds(), codes));
        }
      }
      case "table-members" ->
          // one query for the whole plan, without the delegates (PlanTableMember has none)
          tables.eachMemberOfPlan(
              planId,
              m -> {
                sink.modified(m.admittedAt());
                sink.row(
                    m.tableId(),
                    m.organizationId(),
                    m.organizationName(),
                    m.organizationKind(),
                    m.status(),
                    m.admittedAt());
              });
      case "sessions" -> {
        // a session's change, a deletion or an attendance record changes the rows, not the plan
        sink.modified(utc(sessions.sessionsOfPlanChangedAt(planId)));
        sink.modified(utc(participants.publicAttendanceOfPlanRecordedAt(planId)));
        Map<UUID, Map<OrganizationKind, SessionAttendanceByKind>> present = new HashMap<>();
        for (SessionAttendanceByKind a : participants.publicAttendanceByKindOf(planId)) {
          present
              .computeIfAbsent(a.sessionId(), k -> new EnumMap<>(OrganizationKind.class))
              .put(a.kind(), a);
        }
        for (Session s : sessions.sessionsOfPlan(planId)) {
          List<Object> row = new ArrayList<>();
          row.addAll(
              java.util.Arrays.asList(
                  s.id(),
                  s.planId(),
                  s.tableId(),
                  s.kind(),
                  s.title(),
                  s.startsAt(),
                  s.endsAt(),
                  s.mode(),
                  s.place(),
                  s.status(),
                  s.capacity()));
          addAttendance(row, s.status() == SessionStatus.HELD ? present.get(s.id()) : null, s);
          sink.row(row.toArray());
        }
      }
      case "needs-synthesis" -> needsSynthesis(planId, sink);
      case "calls" -> {
        for (Call c : calls.callsOfPlan(planId)) {
          sink.row(c.id(), c.planId(), c.title(), c.deadline(), c.status(), c.tableIds());
        }
      }
      case "istanze" -> {
        Map<UUID, String> codes = areaCodes();
        for (Contribution c : contributions.answeredContributionsOfPlan(planId)) {
          if (c.status() != ContributionStatus.ANSWERED) {
            continue; // only what the plan office answered is public, whoever asks
          }
          sink.modified(c.answeredAt());
          sink.row(
              c.id(),
              c.planId(),
              c.reference(),
              c.organizationId(),
              c.organizationName(),
              c.tableId(),
              codesOf(c.policyAreaIds(), codes),
              c.title(),
              c.submittedAt(),
              c.outcome(),
              c.reasoning(),
              c.answeredAt());
        }
      }
      case "adhering-organizations" -> {
        for (AdheringOrganization a : adhering(planId)) {
          sink.modified(a.acceptedAt());
          sink.row(a.organizationId(), a.organizationName(), a.organizationKind(), a.acceptedAt());
        }
      }
      case "adhesion-counts" -> {
        for (KindCount k : adhesionCounts(planId)) {
          sink.row(k.kind(), k.count());
        }
      }
      case "objectives", "indicators", "measurements" -> {
        Map<UUID, String> codes = areaCodes();
        for (Objective ob : objectives.objectivesOfPlan(planId)) {
          sink.modified(ob.updatedAt());
          switch (d.key()) {
            case "objectives" ->
                sink.row(
                    ob.id(),
                    ob.planId(),
                    codes.get(ob.policyAreaId()),
                    ob.tableId(),
                    ob.title(),
                    ob.startDate(),
                    ob.endDate(),
                    ob.resources() == null
                        ? null
                        : new java.math.BigDecimal(ob.resources().amount()),
                    ob.resources() == null ? null : ob.resources().currency(),
                    ob.status(),
                    ob.updatedAt());
            case "indicators" -> {
              for (Indicator i : ob.indicators()) {
                sink.row(
                    i.id(),
                    ob.id(),
                    i.name(),
                    i.unit(),
                    i.baselineValue(),
                    i.baselineYear(),
                    i.targetValue(),
                    i.targetYear(),
                    i.source(),
                    i.frequency());
              }
            }
            default -> {
              for (Indicator i : ob.indicators()) {
                for (Measurement m : i.measurements()) {
                  sink.modified(m.updatedAt());
                  sink.row(i.id(), ob.id(), m.year(), m.value(), m.note(), m.updatedAt());
                }
              }
            }
          }
        }
      }
      default -> throw new IllegalArgumentException("unknown dataset " + d.key());
    }
  }

  /**
   * The attendance columns of a session: empty unless held; then totals and one pair per kind of
   * organisation, 0 for kinds without anyone present.
   */
  private static void addAttendance(
      List<Object> row, Map<OrganizationKind, SessionAttendanceByKind> byKind, Session s) {
    int cells = 2 + 2 * OrganizationKind.values().length;
    if (s.status() != SessionStatus.HELD) {
      for (int i = 0; i < cells; i++) {
        row.add(null);
      }
      return;
    }
    Map<OrganizationKind, SessionAttendanceByKind> kinds = byKind == null ? Map.of() : byKind;
    long organizations = 0;
    long people = 0;
    for (SessionAttendanceByKind a : kinds.values()) {
      organizations += a.organizations();
      people += a.people();
    }
    row.add(organizations);
    row.add(people);
    for (OrganizationKind k : OrganizationKind.values()) {
      SessionAttendanceByKind a = kinds.get(k);
      row.add(a == null ? 0L : a.organizations());
      row.add(a == null ? 0L : a.people());
    }
  }

  /**
   * Per survey whose synthesis is public, per choice question and option (and matrix row), the
   * count and share, and per NUMBER and RATING question (and matrix row with valued columns) the
   * statistics, exactly as the public synthesis shows them: the synthesis feature's own
   * suppression, never recomputed here.
   */
  private void needsSynthesis(UUID planId, RowSink sink) {
    sink.modified(utc(syntheses.publicSynthesesOfPlanChangedAt(planId)));
    for (UUID surveyId : syntheses.surveysWithPublicSynthesisOf(planId)) {
      SurveySynthesis s;
      try {
        s = syntheses.publicSynthesis(surveyId);
      } catch (DomainException.NotFound hidden) {
        continue;
      }
      for (SurveySynthesis.QuestionSynthesis q : s.questions()) {
        for (SurveySynthesis.OptionFigure o : q.options()) {
          synthesisRow(sink, s, q, null, q.respondents(), o, null);
        }
        if (q.stats() != null) {
          synthesisRow(sink, s, q, null, q.respondents(), null, q.stats());
        }
        for (SurveySynthesis.MatrixRowFigure r : q.rows()) {
          for (SurveySynthesis.OptionFigure o : r.options()) {
            synthesisRow(sink, s, q, r, r.respondents(), o, null);
          }
          // a matrix row's statistics mean something only when its columns carry values
          if (r.stats() != null && r.options().stream().anyMatch(o -> o.value() != null)) {
            synthesisRow(sink, s, q, r, r.respondents(), null, r.stats());
          }
        }
      }
    }
  }

  private static void synthesisRow(
      RowSink sink,
      SurveySynthesis s,
      SurveySynthesis.QuestionSynthesis q,
      SurveySynthesis.MatrixRowFigure r,
      Long respondents,
      SurveySynthesis.OptionFigure o,
      SurveySynthesis.NumberStats st) {
    String id =
        s.surveyId()
            + "/"
            + q.key()
            + (r == null ? "" : "/" + r.key())
            + (o == null ? "" : "/" + o.key());
    sink.row(
        id,
        s.surveyId(),
        s.planId(),
        s.title(),
        q.key(),
        q.type(),
        q.title(),
        r == null ? null : r.key(),
        r == null ? null : r.label(),
        o == null ? null : o.key(),
        o == null ? null : o.label(),
        o == null ? null : decimal(o.value()),
        respondents,
        o == null ? null : o.count(),
        o == null ? null : decimal(o.share()),
        o == null ? st.suppressed() : o.suppressed(),
        o == null ? "STATISTICS" : "OPTION",
        q.unit(),
        st == null ? null : st.n(),
        st == null ? null : decimal(st.mean()),
        st == null ? null : decimal(st.median()),
        st == null ? null : decimal(st.min()),
        st == null ? null : decimal(st.max()));
  }

  private static java.math.BigDecimal decimal(Double d) {
    return d == null ? null : java.math.BigDecimal.valueOf(d);
  }

  /** The organisations of a plan's signed accordo, none when the plan has no signed accordo. */
  private List<AdheringOrganization> adhering(UUID planId) {
    try {
      return agreements.readableAdheringOrganizations(planId);
    } catch (DomainException.NotFound e) {
      return List.of();
    }
  }

  /** The counts by kind of a plan's signed accordo, none when the plan has no signed accordo. */
  private List<KindCount> adhesionCounts(UUID planId) {
    try {
      return agreements.readableAdhesionCounts(planId);
    } catch (DomainException.NotFound e) {
      return List.of();
    }
  }

  private static OffsetDateTime utc(java.util.Optional<java.time.Instant> at) {
    return at.map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null);
  }

  private Map<UUID, String> areaCodes() {
    Map<UUID, String> codes = new HashMap<>();
    policyAreas.allPolicyAreas().forEach(a -> codes.put(a.id(), a.code()));
    return codes;
  }

  private static List<String> codesOf(Collection<UUID> ids, Map<UUID, String> codes) {
    return ids.stream().map(id -> codes.getOrDefault(id, id.toString())).toList();
  }
}
