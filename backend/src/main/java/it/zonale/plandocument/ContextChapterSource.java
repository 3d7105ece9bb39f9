package it.zonale.plandocument;

import it.zonale.district.District;
import it.zonale.district.DistrictApi;
import it.zonale.district.Municipality;
import it.zonale.district.Subdistrict;
import it.zonale.plan.PlanApi;
import it.zonale.shared.report.PlanChapterSource;
import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import it.zonale.shared.text.Italian;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Chapter "Il contesto" (100): the ambito, its comuni and population by sub-ambito. */
@ApplicationScoped
class ContextChapterSource implements PlanChapterSource {
  static final String SOURCE = "Fonte: ISTAT via Comuni-ITA, dati non ufficiali.";

  private final PlanApi plans;
  private final DistrictApi districts;

  public ContextChapterSource(PlanApi plans, DistrictApi districts) {
    this.plans = plans;
    this.districts = districts;
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public Optional<ReportChapter> chapter(UUID planId, Locale locale) {
    UUID districtId = plans.readablePlan(planId).districtId();
    District district = districts.getDistrict(districtId);
    List<Municipality> comuni = districts.municipalitiesOf(districtId);
    Map<UUID, String> subNames = new LinkedHashMap<>();
    for (Subdistrict s : district.subdistricts()) {
      subNames.put(s.id(), s.name());
    }
    List<ReportBlock> blocks = new ArrayList<>();
    long population = comuni.stream().mapToLong(Municipality::population).sum();
    StringBuilder intro = new StringBuilder();
    intro
        .append("L’ambito territoriale ")
        .append(district.name())
        .append(" (provincia di ")
        .append(district.provinceCode())
        .append(") comprende ")
        .append(Italian.plural("{n, plural, one {# comune} other {# comuni}}", comuni.size()))
        .append(
            population == 0
                ? " (popolazione: dati non disponibili)."
                : " con "
                    + Italian.plural("{n, plural, one {# abitante} other {# abitanti}}", population)
                    + ".");
    if (district.leadBody() != null) {
      intro.append(" Ente capofila: ").append(district.leadBody()).append('.');
    }
    if (district.healthAuthority() != null) {
      intro
          .append(" Azienda socio-sanitaria territoriale: ")
          .append(district.healthAuthority())
          .append('.');
    }
    blocks.add(new ReportBlock.Paragraph(intro.toString()));
    if (!subNames.isEmpty()) {
      Map<String, long[]> bySub = new LinkedHashMap<>();
      subNames.values().forEach(n -> bySub.put(n, new long[2]));
      for (Municipality m : comuni) {
        long[] sums =
            bySub.computeIfAbsent(
                subNames.getOrDefault(m.subdistrictId(), "Non assegnati"), k -> new long[2]);
        sums[0]++;
        sums[1] += m.population();
      }
      List<List<String>> rows = new ArrayList<>();
      bySub.forEach(
          (name, s) ->
              rows.add(
                  s[0] == 0
                      ? List.of(name, "dati non disponibili", "dati non disponibili", "–")
                      : s[1] == 0
                          ? List.of(name, Italian.number(s[0]), "dati non disponibili", "–")
                          : List.of(
                              name,
                              Italian.number(s[0]),
                              Italian.number(s[1]),
                              share(s[1], population))));
      rows.add(
          List.of(
              "Totale",
              Italian.number(comuni.size()),
              population == 0 ? "dati non disponibili" : Italian.number(population),
              population == 0 ? "–" : Italian.percent(1)));
      blocks.add(new ReportBlock.Heading(2, "Popolazione per sub-ambito"));
      blocks.add(
          new ReportBlock.DataTable(
              "Comuni e popolazione per sub-ambito",
              List.of("Sub-ambito", "Comuni", "Popolazione", "Quota"),
              rows,
              SOURCE));
    }
    blocks.add(new ReportBlock.Heading(2, "I comuni dell’ambito"));
    blocks.add(
        new ReportBlock.DataTable(
            "Comuni dell’ambito per popolazione",
            List.of("Comune", "Codice ISTAT", "Sub-ambito", "Popolazione"),
            comuni.stream()
                .sorted(
                    Comparator.comparingInt(Municipality::population)
                        .reversed()
                        .thenComparing(Municipality::name))
                .map(
                    m ->
                        List.of(
                            m.name(),
                            m.istatCode(),
                            subNames.getOrDefault(m.subdistrictId(), "-"),
                            Pages.number(m.population())))
                .toList(),
            SOURCE));
    return Optional.of(new ReportChapter("context", "Il contesto territoriale", blocks));
  }

  private static String share(long part, long total) {
    return total == 0 ? "–" : Italian.percent((double) part / total);
  }
}
