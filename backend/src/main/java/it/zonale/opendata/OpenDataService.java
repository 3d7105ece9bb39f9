package it.zonale.opendata;

import it.zonale.agreement.AdheringOrganization;
import it.zonale.agreement.AdhesionRegister;
import it.zonale.agreement.AgreementService;
import it.zonale.agreement.KindCount;
import it.zonale.call.Call;
import it.zonale.call.CallService;
import it.zonale.contribution.Contribution;
import it.zonale.contribution.ContributionService;
import it.zonale.contribution.ContributionStatus;
import it.zonale.district.District;
import it.zonale.district.DistrictService;
import it.zonale.district.Municipality;
import it.zonale.district.Subdistrict;
import it.zonale.objective.Indicator;
import it.zonale.objective.Measurement;
import it.zonale.objective.Objective;
import it.zonale.objective.ObjectiveService;
import it.zonale.phase.PhaseService;
import it.zonale.phase.PlanPhase;
import it.zonale.plan.Plan;
import it.zonale.plan.PlanService;
import it.zonale.policyarea.PolicyArea;
import it.zonale.policyarea.PolicyAreaService;
import it.zonale.session.Session;
import it.zonale.session.SessionService;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.web.PageQuery;
import it.zonale.table.Table;
import it.zonale.table.TableMember;
import it.zonale.table.TableService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Produces the rows of the open datasets, page by page, through the services the other features
 * publish, so a dataset never holds more than one page in memory and shows exactly what an
 * anonymous visitor may read: published plans only, answered istanze only, no people.
 */
@ApplicationScoped
public class OpenDataService {
  private static final int PAGE = PageQuery.MAX_LIMIT;

  /** When the reference data of the repository (migration V002) was last regenerated. */
  static final OffsetDateTime REFERENCE_DATA_MODIFIED =
      OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private final DistrictService districts;
  private final PlanService plans;
  private final PhaseService phases;
  private final PolicyAreaService policyAreas;
  private final TableService tables;
  private final SessionService sessions;
  private final CallService calls;
  private final ContributionService contributions;
  private final AgreementService agreements;
  private final ObjectiveService objectives;

  public OpenDataService(
      DistrictService districts,
      PlanService plans,
      PhaseService phases,
      PolicyAreaService policyAreas,
      TableService tables,
      SessionService sessions,
      CallService calls,
      ContributionService contributions,
      AgreementService agreements,
      ObjectiveService objectives) {
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
  }

  /**
   * The public plan, or plan-not-found (a draft is not public, whoever asks).
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public Plan publicPlan(UUID planId) {
    Plan plan = plans.getPlan(planId);
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
    pages(o -> districts.listDistricts(new PageQuery(PAGE, o)).items())
        .forEach(page -> page.forEach(each));
  }

  /** The comuni of an ambito, page by page. */
  public void eachMunicipality(UUID districtId, java.util.function.Consumer<Municipality> each) {
    pages(o -> districts.listMunicipalities(districtId, new PageQuery(PAGE, o)).items())
        .forEach(page -> page.forEach(each));
  }

  /** The policy areas by id. */
  public Map<UUID, PolicyArea> policyAreas() {
    Map<UUID, PolicyArea> all = new HashMap<>();
    pages(o -> policyAreas.listPolicyAreas(new PageQuery(PAGE, o)).items())
        .forEach(page -> page.forEach(a -> all.put(a.id(), a)));
    return all;
  }

  /**
   * The published plans of an ambito (null: of every ambito), newest first as the plan list orders
   * them.
   */
  public void eachPublicPlan(UUID districtId, java.util.function.Consumer<Plan> each) {
    pages(o -> plans.listPlans(districtId, null, null, new PageQuery(PAGE, o)).items())
        .forEach(page -> page.stream().filter(p -> p.status().isPublic()).forEach(each));
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
    for (List<District> page :
        pages(o -> districts.listDistricts(new PageQuery(PAGE, o)).items())) {
      for (District d : page) {
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
  }

  private void subAmbiti(RowSink sink) {
    sink.modified(REFERENCE_DATA_MODIFIED);
    for (List<District> page :
        pages(o -> districts.listDistricts(new PageQuery(PAGE, o)).items())) {
      for (District d : page) {
        for (Subdistrict s : d.subdistricts()) {
          sink.row(s.id(), s.name(), d.id(), d.code());
        }
      }
    }
  }

  private void comuni(RowSink sink) {
    sink.modified(REFERENCE_DATA_MODIFIED);
    for (List<District> page :
        pages(o -> districts.listDistricts(new PageQuery(PAGE, o)).items())) {
      for (District d : page) {
        for (List<Municipality> ms :
            pages(o -> districts.listMunicipalities(d.id(), new PageQuery(PAGE, o)).items())) {
          for (Municipality m : ms) {
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
        for (List<PlanPhase> page :
            pages(o -> phases.listPhases(planId, new PageQuery(PAGE, o)).items())) {
          for (PlanPhase p : page) {
            sink.row(p.id(), p.planId(), p.kind(), p.name(), p.startDate(), p.endDate());
          }
        }
      }
      case "tables" -> {
        Map<UUID, String> codes = areaCodes();
        for (List<Table> page :
            pages(o -> tables.listTables(planId, new PageQuery(PAGE, o)).items())) {
          for (Table t : page) {
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
      }
      case "table-members" -> {
        for (List<Table> page :
            pages(o -> tables.listTables(planId, new PageQuery(PAGE, o)).items())) {
          for (Table t : page) {
            for (List<TableMember> members :
                pages(o -> tables.listTableMembers(t.id(), new PageQuery(PAGE, o)).items())) {
              // the delegates' names are in TableMember and deliberately left out
              for (TableMember m : members) {
                sink.modified(m.admittedAt());
                sink.row(
                    t.id(),
                    m.organizationId(),
                    m.organizationName(),
                    m.organizationKind(),
                    m.status(),
                    m.admittedAt());
              }
            }
          }
        }
      }
      case "sessions" -> {
        for (List<Session> page :
            pages(
                o ->
                    sessions
                        .listSessions(
                            planId, null, null, null, null, null, false, new PageQuery(PAGE, o))
                        .items())) {
          for (Session s : page) {
            sink.row(
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
                s.capacity());
          }
        }
      }
      case "calls" -> {
        for (List<Call> page :
            pages(o -> calls.listCalls(planId, new PageQuery(PAGE, o)).items())) {
          for (Call c : page) {
            sink.row(c.id(), c.planId(), c.title(), c.deadline(), c.status(), c.tableIds());
          }
        }
      }
      case "istanze" -> {
        Map<UUID, String> codes = areaCodes();
        for (List<Contribution> page :
            pages(
                o ->
                    contributions
                        .listContributions(
                            planId,
                            ContributionStatus.ANSWERED,
                            null,
                            null,
                            null,
                            new PageQuery(PAGE, o))
                        .items())) {
          for (Contribution c : page) {
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
      }
      case "adhering-organizations" -> {
        for (List<AdheringOrganization> page :
            pages(o -> register(planId, o).map(AdhesionRegister::items).orElse(List.of()))) {
          for (AdheringOrganization a : page) {
            sink.modified(a.acceptedAt());
            sink.row(
                a.organizationId(), a.organizationName(), a.organizationKind(), a.acceptedAt());
          }
        }
      }
      case "adhesion-counts" -> {
        for (KindCount k :
            register(planId, 0).map(AdhesionRegister::countsByKind).orElse(List.of())) {
          sink.row(k.kind(), k.count());
        }
      }
      case "objectives", "indicators", "measurements" -> {
        Map<UUID, String> codes = areaCodes();
        for (List<Objective> page :
            pages(
                o ->
                    objectives
                        .listObjectives(planId, null, null, null, new PageQuery(PAGE, o))
                        .items())) {
          for (Objective ob : page) {
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
      }
      default -> throw new IllegalArgumentException("unknown dataset " + d.key());
    }
  }

  /** The register of a plan's accordo, absent when the plan has no signed accordo. */
  private java.util.Optional<AdhesionRegister> register(UUID planId, int offset) {
    try {
      return java.util.Optional.of(
          agreements.getAdhesionRegister(planId, new PageQuery(PAGE, offset)));
    } catch (DomainException.NotFound e) {
      return java.util.Optional.empty();
    }
  }

  private Map<UUID, String> areaCodes() {
    Map<UUID, String> codes = new HashMap<>();
    for (List<PolicyArea> page :
        pages(o -> policyAreas.listPolicyAreas(new PageQuery(PAGE, o)).items())) {
      page.forEach(a -> codes.put(a.id(), a.code()));
    }
    return codes;
  }

  private static List<String> codesOf(Collection<UUID> ids, Map<UUID, String> codes) {
    return ids.stream().map(id -> codes.getOrDefault(id, id.toString())).toList();
  }

  /** The pages of a list, fetched lazily one after the other until a short one. */
  private static <T> Iterable<List<T>> pages(IntFunction<List<T>> fetch) {
    return () ->
        new java.util.Iterator<>() {
          private int offset = 0;
          private List<T> next = fetch.apply(0);

          @Override
          public boolean hasNext() {
            return next != null && !next.isEmpty();
          }

          @Override
          public List<T> next() {
            List<T> current = next;
            offset += current.size();
            next =
                current.size() < PAGE || offset > PageQuery.MAX_OFFSET ? null : fetch.apply(offset);
            return current;
          }
        };
  }
}
