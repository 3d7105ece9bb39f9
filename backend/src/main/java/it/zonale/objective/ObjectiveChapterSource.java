package it.zonale.objective;

import it.zonale.policyarea.PolicyArea;
import it.zonale.policyarea.PolicyAreaApi;
import it.zonale.shared.report.PlanChapterSource;
import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import it.zonale.shared.text.Italian;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The "Obiettivi e indicatori" chapter of the plan document: per policy area, each objective with
 * its actions, resources, timeline, indicators (baseline, target, latest value) and cited istanze.
 */
@ApplicationScoped
class ObjectiveChapterSource implements PlanChapterSource {
  static final Locale ITALIAN = Locale.ITALY;

  private final ObjectiveService objectives;
  private final PolicyAreaApi policyAreas;

  public ObjectiveChapterSource(ObjectiveService objectives, PolicyAreaApi policyAreas) {
    this.objectives = objectives;
    this.policyAreas = policyAreas;
  }

  @Override
  public int order() {
    return 400;
  }

  @Override
  public Optional<ReportChapter> chapter(UUID planId, Locale locale) {
    List<Objective> all = objectives.allOf(planId);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    boolean en = locale != null && "en".equals(locale.getLanguage());
    Map<UUID, List<Objective>> byArea = new LinkedHashMap<>();
    List<PolicyArea> areas =
        policyAreas.byIds(all.stream().map(Objective::policyAreaId).distinct().toList());
    areas.forEach(a -> byArea.put(a.id(), new ArrayList<>()));
    all.forEach(o -> byArea.computeIfAbsent(o.policyAreaId(), k -> new ArrayList<>()).add(o));
    Map<UUID, String> names = new LinkedHashMap<>();
    areas.forEach(a -> names.put(a.id(), a.name()));
    List<ReportBlock> blocks = new ArrayList<>();
    int n = 0;
    for (var area : byArea.entrySet()) {
      if (area.getValue().isEmpty()) {
        continue;
      }
      blocks.add(new ReportBlock.Heading(2, names.getOrDefault(area.getKey(), "—")));
      for (Objective o : area.getValue()) {
        n++;
        blocks.add(
            new ReportBlock.Heading(3, (en ? "Objective " : "Obiettivo ") + n + ". " + o.title()));
        if (o.description() != null) {
          blocks.add(new ReportBlock.Paragraph(o.description()));
        }
        blocks.add(new ReportBlock.Paragraph(facts(o, en)));
        if (!o.actions().isEmpty()) {
          blocks.add(new ReportBlock.Paragraph(en ? "Actions:" : "Azioni:"));
          blocks.add(new ReportBlock.BulletList(o.actions()));
        }
        if (!o.indicators().isEmpty()) {
          blocks.add(indicatorTable(o, en));
        }
        if (!o.contributions().isEmpty()) {
          blocks.add(
              new ReportBlock.Paragraph(
                  (en ? "Istanze answered: " : "Istanze accolte o considerate: ")
                      + String.join(
                          ", ",
                          o.contributions().stream().map(ObjectiveContribution::reference).toList())
                      + "."));
        }
        if (!o.findings().isEmpty()) {
          blocks.add(
              new ReportBlock.Paragraph(
                  (en ? "Survey findings: " : "Dalla scheda di rilevazione: ")
                      + String.join(
                          "; ", o.findings().stream().map(ObjectiveFinding::label).toList())
                      + "."));
        }
      }
    }
    return Optional.of(
        new ReportChapter(
            "objectives", en ? "Objectives and indicators" : "Obiettivi e indicatori", blocks));
  }

  private static String facts(Objective o, boolean en) {
    List<String> parts = new ArrayList<>();
    parts.add((en ? "Status: " : "Stato: ") + status(o.status(), en));
    if (o.actors() != null) {
      parts.add((en ? "Actors to involve: " : "Attori da coinvolgere: ") + o.actors());
    }
    if (o.resources() != null) {
      parts.add((en ? "Resources: " : "Risorse: ") + euros(o.resources().amount()));
    }
    if (o.startDate() != null || o.endDate() != null) {
      parts.add((en ? "Timeline: " : "Tempi: ") + date(o.startDate()) + " – " + date(o.endDate()));
    }
    return String.join(". ", parts) + ".";
  }

  private static ReportBlock indicatorTable(Objective o, boolean en) {
    List<List<String>> rows = new ArrayList<>();
    for (Indicator i : o.indicators()) {
      IndicatorProgress p = i.progress();
      rows.add(
          List.of(
              i.name(),
              i.unit(),
              number(i.baselineValue()) + " (" + i.baselineYear() + ")",
              number(i.targetValue()) + " (" + i.targetYear() + ")",
              p.latestValue() == null ? "—" : number(p.latestValue()) + " (" + p.latestYear() + ")",
              p.ratio() == null ? "—" : Italian.percent(Math.max(0, Math.min(1, p.ratio())))));
    }
    List<String> sources =
        o.indicators().stream().map(Indicator::source).filter(s -> s != null).distinct().toList();
    return new ReportBlock.DataTable(
        en ? "Indicators" : "Indicatori",
        en
            ? List.of("Indicator", "Unit", "Baseline", "Target", "Latest value", "Progress")
            : List.of("Indicatore", "Unità", "Base", "Obiettivo", "Ultimo valore", "Avanzamento"),
        rows,
        sources.isEmpty() ? (en ? "Plan office" : "Ufficio di Piano") : String.join("; ", sources));
  }

  static String status(ObjectiveStatus status, boolean en) {
    switch (status) {
      case PLANNED:
        return en ? "planned" : "programmato";
      case IN_PROGRESS:
        return en ? "in progress" : "in corso";
      case ACHIEVED:
        return en ? "achieved" : "raggiunto";
      case PARTLY_ACHIEVED:
        return en ? "partly achieved" : "parzialmente raggiunto";
      case NOT_ACHIEVED:
        return en ? "not achieved" : "non raggiunto";
      default:
        return en ? "dropped" : "abbandonato";
    }
  }

  static String euros(String amount) {
    NumberFormat f = NumberFormat.getCurrencyInstance(ITALIAN);
    return f.format(new BigDecimal(amount));
  }

  static String number(BigDecimal value) {
    NumberFormat f = NumberFormat.getNumberInstance(ITALIAN);
    f.setMaximumFractionDigits(4);
    return f.format(value);
  }

  static String date(LocalDate date) {
    return date == null
        ? "…"
        : date.format(
            DateTimeFormatter.ofPattern("d\u00A0MMMM\u00A0yyyy", java.util.Locale.ITALIAN));
  }
}
