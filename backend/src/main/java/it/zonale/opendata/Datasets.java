package it.zonale.opendata;

import static it.zonale.opendata.Column.listOf;
import static it.zonale.opendata.Column.of;

import it.zonale.organization.OrganizationKind;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of Zonale's open datasets: every public fact of a plan, and the reference data. Ids
 * and codes stand beside labels; no column holds a person's name or contact.
 */
final class Datasets {
  private Datasets() {}

  static final String IRREG = "IRREG";
  static final String ANNUAL = "ANNUAL";
  static final String CONT = "CONT";

  private static List<Column> concat(List<Column> a, List<Column> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static Column id(String name, String it, String en) {
    return of(name, "string", it, en, "UUID, stable across versions of the dataset.");
  }

  public static final Dataset AMBITI =
      new Dataset(
          "ambiti",
          Scope.REGION,
          "Ambiti territoriali",
          "Social-care districts (ambiti)",
          "Gli ambiti territoriali dei Piani di Zona, con ente capofila, ASST, comuni e popolazione.",
          "The districts of the Piani di Zona, with lead body, health authority, comuni and"
              + " population.",
          List.of("REGI", "GOVE"),
          IRREG,
          List.of(
              id("districtId", "Identificativo ambito", "District id"),
              of("districtCode", "string", "Codice ambito", "District code", "Stable code."),
              of("districtName", "string", "Nome ambito", "District name", null),
              of("provinceCode", "string", "Sigla provincia", "Province code", "Two letters."),
              of("leadBody", "string", "Ente capofila", "Lead body", null),
              of("healthAuthority", "string", "ASST", "Local health authority", null),
              of("municipalityCount", "integer", "Numero comuni", "Number of comuni", null),
              of("population", "integer", "Popolazione", "Population", "Residents.")));

  public static final Dataset SUB_AMBITI =
      new Dataset(
          "sub-ambiti",
          Scope.REGION,
          "Sub-ambiti",
          "Sub-districts",
          "I sub-ambiti di ciascun ambito territoriale.",
          "The sub-districts of each district.",
          List.of("REGI", "GOVE"),
          IRREG,
          List.of(
              id("subdistrictId", "Identificativo sub-ambito", "Sub-district id"),
              of("subdistrictName", "string", "Nome sub-ambito", "Sub-district name", null),
              id("districtId", "Identificativo ambito", "District id"),
              of("districtCode", "string", "Codice ambito", "District code", null)));

  public static final Dataset COMUNI =
      new Dataset(
          "comuni",
          Scope.REGION,
          "Comuni degli ambiti",
          "Comuni of the districts",
          "I comuni di ciascun ambito con codice ISTAT e sub-ambito.",
          "The comuni of each district with their ISTAT code and sub-district.",
          List.of("REGI"),
          IRREG,
          List.of(
              of("istatCode", "string", "Codice ISTAT", "ISTAT code", "Six digits, zeros kept."),
              of("municipalityName", "string", "Comune", "Comune", null),
              of("provinceCode", "string", "Sigla provincia", "Province code", null),
              of("population", "integer", "Popolazione", "Population", "As shipped by the source."),
              id("districtId", "Identificativo ambito", "District id"),
              of("districtCode", "string", "Codice ambito", "District code", null),
              id("subdistrictId", "Identificativo sub-ambito", "Sub-district id")));

  public static final Dataset PLANS =
      new Dataset(
          "plans",
          Scope.DISTRICT,
          "Piani di Zona",
          "Area plans (Piani di Zona)",
          "I Piani di Zona pubblicati dell’ambito, con periodo, stato e aree di policy.",
          "The published plans of the district, with period, status and policy areas.",
          List.of("SOCI", "GOVE"),
          IRREG,
          List.of(
              id("planId", "Identificativo piano", "Plan id"),
              id("districtId", "Identificativo ambito", "District id"),
              of("title", "string", "Titolo", "Title", null),
              of("startYear", "integer", "Anno di inizio", "Start year", null),
              of("endYear", "integer", "Anno di fine", "End year", null),
              of(
                  "status",
                  "string",
                  "Stato",
                  "Status",
                  "CONSULTATION, APPROVED, MONITORING, CLOSED."),
              listOf(
                  "policyAreaCodes", "Aree di policy", "Policy areas", "Codes, space-separated."),
              of("updatedAt", "dateTime", "Ultima modifica", "Last change", null)));

  public static final Dataset TIMELINE =
      new Dataset(
          "timeline",
          Scope.PLAN,
          "Cronoprogramma del piano",
          "Plan timeline",
          "Le fasi e le scadenze del percorso del piano.",
          "The phases and milestones of the plan's process.",
          List.of("GOVE"),
          IRREG,
          List.of(
              id("phaseId", "Identificativo fase", "Phase id"),
              id("planId", "Identificativo piano", "Plan id"),
              of("kind", "string", "Tipo di fase", "Kind of phase", "Code of the phase kind."),
              of("name", "string", "Nome", "Name", null),
              of("startDate", "date", "Data di inizio", "Start date", null),
              of("endDate", "date", "Data di fine", "End date", "Empty for a milestone.")));

  public static final Dataset TABLES =
      new Dataset(
          "tables",
          Scope.PLAN,
          "Tavoli tematici",
          "Thematic tables",
          "I tavoli tematici del piano con target e aree di policy (la matrice tavoli × aree).",
          "The thematic tables of the plan with target group and policy areas (the matrix).",
          List.of("SOCI", "GOVE"),
          IRREG,
          List.of(
              id("tableId", "Identificativo tavolo", "Table id"),
              id("planId", "Identificativo piano", "Plan id"),
              of("name", "string", "Nome", "Name", null),
              of("targetGroup", "string", "Target", "Target group", "Code of the target group."),
              of("level", "string", "Livello", "Level", "DISTRICT or SUBDISTRICT."),
              id("subdistrictId", "Identificativo sub-ambito", "Sub-district id"),
              listOf(
                  "policyAreaCodes", "Aree di policy", "Policy areas", "Codes, space-separated.")));

  public static final Dataset TABLE_MEMBERS =
      new Dataset(
          "table-members",
          Scope.PLAN,
          "Organizzazioni ammesse ai tavoli",
          "Organisations admitted to the tables",
          "Le organizzazioni ammesse a ciascun tavolo dopo gli avvisi (senza i nomi dei delegati).",
          "The organisations admitted to each table after the calls (without delegates' names).",
          List.of("SOCI", "GOVE"),
          IRREG,
          List.of(
              id("tableId", "Identificativo tavolo", "Table id"),
              id("organizationId", "Identificativo organizzazione", "Organisation id"),
              of("organizationName", "string", "Organizzazione", "Organisation", null),
              of("organizationKind", "string", "Tipo di organizzazione", "Kind", "Code."),
              of("status", "string", "Stato", "Status", "FULL or CONSULTATIVE."),
              of("admittedAt", "dateTime", "Ammessa il", "Admitted at", null)));

  public static final Dataset SESSIONS =
      new Dataset(
          "sessions",
          Scope.PLAN,
          "Incontri",
          "Sessions",
          "Gli incontri del piano: data, luogo, stato e, per quelli svolti, quante organizzazioni e"
              + " persone di ciascun tipo erano presenti.",
          "The sessions of the plan: date, place, status, and how many organisations and people of"
              + " each kind attended the held ones.",
          List.of("SOCI", "GOVE"),
          IRREG,
          concat(
              List.of(
                  id("sessionId", "Identificativo incontro", "Session id"),
                  id("planId", "Identificativo piano", "Plan id"),
                  id("tableId", "Identificativo tavolo", "Table id"),
                  of("kind", "string", "Tipo", "Kind", "PLENARY or TABLE."),
                  of("title", "string", "Titolo", "Title", null),
                  of("startsAt", "dateTime", "Inizio", "Starts at", "With the Europe/Rome offset."),
                  of("endsAt", "dateTime", "Fine", "Ends at", null),
                  of("mode", "string", "Modalità", "Mode", "Code."),
                  of("place", "string", "Luogo", "Place", null),
                  of("status", "string", "Stato", "Status", "SCHEDULED, HELD or CANCELLED."),
                  of("capacity", "integer", "Posti", "Seats", null)),
              attendanceColumns()));

  /**
   * The attendance of a held session, counts only: organisations with at least one person present
   * and people present, in total and for each kind of organisation (one pair of columns per code of
   * the kind). Empty for sessions not held.
   */
  private static List<Column> attendanceColumns() {
    List<Column> columns = new java.util.ArrayList<>();
    columns.add(
        of(
            "attendingOrganizations",
            "integer",
            "Organizzazioni presenti",
            "Organisations present",
            "Organisations with at least one person present; held sessions only, else empty."));
    columns.add(
        of(
            "attendingPeople",
            "integer",
            "Persone presenti",
            "People present",
            "People recorded as present (a count, nobody named); held sessions only."));
    for (OrganizationKind k : OrganizationKind.values()) {
      columns.add(
          of(
              "attendingOrganizations_" + k.name(),
              "integer",
              "Organizzazioni presenti: " + k.label(),
              "Organisations present: " + k.name(),
              "Organisations of kind " + k.name() + " with someone present; held sessions only."));
      columns.add(
          of(
              "attendingPeople_" + k.name(),
              "integer",
              "Persone presenti: " + k.label(),
              "People present: " + k.name(),
              "People of organisations of kind " + k.name() + " present; held sessions only."));
    }
    return List.copyOf(columns);
  }

  public static final Dataset CALLS =
      new Dataset(
          "calls",
          Scope.PLAN,
          "Avvisi di manifestazione d’interesse",
          "Calls for expressions of interest",
          "Gli avvisi del piano con scadenza, stato e tavoli interessati.",
          "The calls of the plan with deadline, status and tables.",
          List.of("GOVE"),
          IRREG,
          List.of(
              id("callId", "Identificativo avviso", "Call id"),
              id("planId", "Identificativo piano", "Plan id"),
              of("title", "string", "Titolo", "Title", null),
              of("deadline", "dateTime", "Scadenza", "Deadline", null),
              of("status", "string", "Stato", "Status", "OPEN or CLOSED."),
              listOf("tableIds", "Tavoli", "Tables", "Table ids, space-separated.")));

  public static final Dataset ISTANZE =
      new Dataset(
          "istanze",
          Scope.PLAN,
          "Istanze con risposta",
          "Answered submissions (istanze)",
          "Le istanze a cui l’ufficio di piano ha risposto, con esito e motivazione.",
          "The submissions the plan office answered, with outcome and reasoning.",
          List.of("GOVE", "SOCI"),
          IRREG,
          List.of(
              id("contributionId", "Identificativo istanza", "Submission id"),
              id("planId", "Identificativo piano", "Plan id"),
              of("reference", "string", "Numero", "Reference", "As the plan cites it (IST-007)."),
              id("organizationId", "Identificativo organizzazione", "Organisation id"),
              of("organizationName", "string", "Organizzazione", "Organisation", null),
              id("tableId", "Identificativo tavolo", "Table id"),
              listOf(
                  "policyAreaCodes", "Aree di policy", "Policy areas", "Codes, space-separated."),
              of("title", "string", "Oggetto", "Title", null),
              of("submittedAt", "dateTime", "Presentata il", "Submitted at", null),
              of("outcome", "string", "Esito", "Outcome", "Code of the outcome."),
              of("reasoning", "string", "Motivazione", "Reasoning", null),
              of("answeredAt", "dateTime", "Risposta il", "Answered at", null)));

  public static final Dataset ADHERING_ORGANIZATIONS =
      new Dataset(
          "adhering-organizations",
          Scope.PLAN,
          "Registro degli aderenti all’accordo",
          "Register of organisations adhering to the agreement",
          "Le organizzazioni che hanno aderito all’accordo di programma.",
          "The organisations whose adhesion to the accordo was accepted.",
          List.of("GOVE"),
          IRREG,
          List.of(
              id("organizationId", "Identificativo organizzazione", "Organisation id"),
              of("organizationName", "string", "Organizzazione", "Organisation", null),
              of("organizationKind", "string", "Tipo di organizzazione", "Kind", "Code."),
              of("acceptedAt", "dateTime", "Adesione accolta il", "Accepted at", null)));

  public static final Dataset ADHESION_COUNTS =
      new Dataset(
          "adhesion-counts",
          Scope.PLAN,
          "Aderenti all’accordo per tipo",
          "Adhering organisations by kind",
          "Quante organizzazioni di ciascun tipo hanno aderito all’accordo.",
          "How many organisations of each kind adhere to the accordo.",
          List.of("GOVE"),
          IRREG,
          List.of(
              of("organizationKind", "string", "Tipo di organizzazione", "Kind", "Code."),
              of("count", "integer", "Numero", "Count", null)));

  public static final Dataset NEEDS_SYNTHESIS =
      new Dataset(
          "needs-synthesis",
          Scope.PLAN,
          "Sintesi della rilevazione dei bisogni",
          "Needs survey synthesis",
          "Per ogni rilevazione dei bisogni pubblicata del piano, per domanda a scelta e opzione (e"
              + " riga delle domande a matrice): quante organizzazioni l’hanno scelta e la quota;"
              + " per le domande numeriche e di valutazione: numero di valori, media, mediana,"
              + " minimo e massimo. Come nella sintesi pubblica, le cifre su meno di 3"
              + " organizzazioni sono soppresse, insieme a una cella complementare.",
          "For each published needs survey of the plan, per choice question and option (and matrix"
              + " row): how many organisations chose it and their share; for number and rating"
              + " questions: number of values, mean, median, minimum and maximum. As in the"
              + " public synthesis, figures on fewer than 3 organisations are suppressed, with a"
              + " complementary cell.",
          List.of("SOCI"),
          IRREG,
          List.of(
              of(
                  "figureId",
                  "string",
                  "Identificativo cifra",
                  "Figure id",
                  "surveyId/questionKey[/rowKey]/optionKey for an option, surveyId/questionKey[/rowKey]"
                      + " for statistics."),
              id("surveyId", "Identificativo rilevazione", "Survey id"),
              id("planId", "Identificativo piano", "Plan id"),
              of("surveyTitle", "string", "Rilevazione", "Survey", null),
              of("questionKey", "string", "Codice domanda", "Question key", "Stable key."),
              of(
                  "questionType",
                  "string",
                  "Tipo di domanda",
                  "Question type",
                  "SINGLE_CHOICE, MULTIPLE_CHOICE, MATRIX, NUMBER or RATING."),
              of("questionTitle", "string", "Domanda", "Question", null),
              of("rowKey", "string", "Codice riga", "Row key", "Matrix questions only."),
              of("rowLabel", "string", "Riga", "Row", "Matrix questions only."),
              of("optionKey", "string", "Codice opzione", "Option key", "OPTION figures."),
              of("optionLabel", "string", "Opzione", "Option", null),
              of("optionValue", "decimal", "Valore opzione", "Option value", "If any."),
              of(
                  "respondents",
                  "integer",
                  "Organizzazioni rispondenti",
                  "Responding organisations",
                  "Of the question (or matrix row); empty when fewer than 3."),
              of(
                  "count",
                  "integer",
                  "Organizzazioni",
                  "Organisations",
                  "That chose the option; empty when suppressed."),
              of(
                  "share",
                  "decimal",
                  "Quota",
                  "Share",
                  "count / respondents, 0 to 1; empty when suppressed."),
              of(
                  "suppressed",
                  "boolean",
                  "Soppresso",
                  "Suppressed",
                  "True when the figure's count and share, or its statistics, are hidden"
                      + " (small-cell suppression)."),
              of(
                  "figureKind",
                  "string",
                  "Tipo di cifra",
                  "Kind of figure",
                  "OPTION (an option's count and share) or STATISTICS (n, mean, median, min and"
                      + " max of a NUMBER or RATING question, or of a matrix row whose columns"
                      + " carry values)."),
              of("unit", "string", "Unità di misura", "Unit", "NUMBER questions, if any."),
              of(
                  "n",
                  "integer",
                  "Valori",
                  "Values",
                  "STATISTICS: how many values were given; empty when suppressed."),
              of("mean", "decimal", "Media", "Mean", "STATISTICS; empty when suppressed."),
              of("median", "decimal", "Mediana", "Median", "STATISTICS; empty when suppressed."),
              of("min", "decimal", "Minimo", "Minimum", "STATISTICS; empty when suppressed."),
              of("max", "decimal", "Massimo", "Maximum", "STATISTICS; empty when suppressed.")));

  public static final Dataset OBJECTIVES =
      new Dataset(
          "objectives",
          Scope.PLAN,
          "Obiettivi del piano",
          "Objectives of the plan",
          "Gli obiettivi del piano per area di policy, con periodo, risorse e stato.",
          "The objectives of the plan by policy area, with period, resources and status.",
          List.of("SOCI", "GOVE"),
          ANNUAL,
          List.of(
              id("objectiveId", "Identificativo obiettivo", "Objective id"),
              id("planId", "Identificativo piano", "Plan id"),
              of("policyAreaCode", "string", "Area di policy", "Policy area", "Code."),
              id("tableId", "Identificativo tavolo", "Table id"),
              of("title", "string", "Titolo", "Title", null),
              of("startDate", "date", "Data di inizio", "Start date", null),
              of("endDate", "date", "Data di fine", "End date", null),
              of("resourcesAmount", "decimal", "Risorse", "Resources", "Amount."),
              of("resourcesCurrency", "string", "Valuta", "Currency", "ISO 4217."),
              of("status", "string", "Stato", "Status", "Code."),
              of("updatedAt", "dateTime", "Ultima modifica", "Last change", null)));

  public static final Dataset INDICATORS =
      new Dataset(
          "indicators",
          Scope.PLAN,
          "Indicatori degli obiettivi",
          "Indicators of the objectives",
          "Gli indicatori di ciascun obiettivo con valore di partenza e valore atteso.",
          "The indicators of each objective with baseline and target.",
          List.of("SOCI", "GOVE"),
          ANNUAL,
          List.of(
              id("indicatorId", "Identificativo indicatore", "Indicator id"),
              id("objectiveId", "Identificativo obiettivo", "Objective id"),
              of("name", "string", "Indicatore", "Indicator", null),
              of("unit", "string", "Unità di misura", "Unit", null),
              of("baselineValue", "decimal", "Valore di partenza", "Baseline", null),
              of("baselineYear", "integer", "Anno di partenza", "Baseline year", null),
              of("targetValue", "decimal", "Valore atteso", "Target", null),
              of("targetYear", "integer", "Anno atteso", "Target year", null),
              of("source", "string", "Fonte", "Source", null),
              of("frequency", "string", "Frequenza", "Frequency", "Code.")));

  public static final Dataset MEASUREMENTS =
      new Dataset(
          "measurements",
          Scope.PLAN,
          "Misurazioni annuali degli indicatori",
          "Yearly measurements of the indicators",
          "Il valore di ciascun indicatore anno per anno.",
          "The value of each indicator year by year.",
          List.of("SOCI", "GOVE"),
          ANNUAL,
          List.of(
              id("indicatorId", "Identificativo indicatore", "Indicator id"),
              id("objectiveId", "Identificativo obiettivo", "Objective id"),
              of("year", "integer", "Anno", "Year", null),
              of("value", "decimal", "Valore", "Value", null),
              of("note", "string", "Nota", "Note", null),
              of("updatedAt", "dateTime", "Ultima modifica", "Last change", null)));

  public static final List<Dataset> ALL =
      List.of(
          AMBITI,
          SUB_AMBITI,
          COMUNI,
          PLANS,
          TIMELINE,
          TABLES,
          TABLE_MEMBERS,
          SESSIONS,
          CALLS,
          ISTANZE,
          ADHERING_ORGANIZATIONS,
          ADHESION_COUNTS,
          NEEDS_SYNTHESIS,
          OBJECTIVES,
          INDICATORS,
          MEASUREMENTS);

  public static Optional<Dataset> byKey(String key) {
    return ALL.stream().filter(d -> d.key().equals(key)).findFirst();
  }
}
