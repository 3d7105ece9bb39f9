package it.zonale.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Region data generator for the benchmark (issue 8): bulk-loads a whole region of synthetic but
 * plausible data into a Zonale database on which every Flyway migration has run, with or without
 * the demo data, which it never touches.
 *
 * <ul>
 *   <li>the Lombard comuni not yet in an ambito grouped into generated ambiti ({@code
 *       GEN_<prov>_NN}, about 16 contiguous comuni each, 2 sub-ambiti), so that the region has ~90;
 *       the real Cremona mapping stays as it is. There is no official mapping in the data: the
 *       grouping is invented.
 *   <li>20,000 organisations, 3 plan periods per ambito (a period that exists already is skipped),
 *       ~1,000 thematic tables, ~10,000 sessions, ~40,000 participants, 200,000 registrations,
 *       table memberships;
 *   <li>the large plan {@link #LARGE_PLAN} (CONSULTATION, in the most populous generated ambito)
 *       with its published needs survey {@link #LARGE_SURVEY}: 10,000 submitted responses, 20
 *       answer rows each.
 * </ul>
 *
 * Counts scale linearly with {@code --scale} (at least one of each). Everything goes through COPY
 * in one transaction, then ANALYZE. Same seed, scale and reference date ({@code --today}, default:
 * today) give byte-identical data: the printed digest is the SHA-256 of every byte sent.
 *
 * <p>Depends only on the JDK and the PostgreSQL JDBC driver, so that the launcher can compile this
 * folder alone:
 *
 * <pre>
 * javac --release 17 -d classes -cp "$TEST_CLASSPATH" backend/src/test/java/it/zonale/bench/*.java
 * java -cp "classes:$TEST_CLASSPATH" it.zonale.bench.RegionGenerator \
 *   --url=jdbc:postgresql://localhost:5433/zonale_bench --user=zonale --password=zonale --seed=42 --scale=1
 * </pre>
 *
 * Exit codes: 0 done, 1 failure (rolled back), 2 the database holds generated data already (the
 * generator does not delete: recreate the database), 64 bad arguments.
 */
public final class RegionGenerator {
  public static final UUID LARGE_PLAN = UUID.fromString("b8000000-0000-4000-8000-000000000001");
  public static final UUID LARGE_SURVEY = UUID.fromString("c8000000-0000-4000-8000-000000000001");

  static final ZoneId ROME = ZoneId.of("Europe/Rome");
  static final int[] PERIODS = {2018, 2021, 2024};

  /** Generated organisations' tax codes start with this (demo ones with 99999): no clash. */
  static final String TAX_PREFIX = "88";

  /** The command line. */
  record Options(
      String url,
      String user,
      String password,
      long seed,
      double scale,
      LocalDate today,
      boolean dryRun) {

    static Options parse(String[] args) {
      Map<String, String> m = new LinkedHashMap<>();
      for (String a : args) {
        if (!a.startsWith("--")) {
          throw new IllegalArgumentException("unexpected argument: " + a);
        }
        int eq = a.indexOf('=');
        m.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
      }
      Set<String> known =
          Set.of("url", "user", "password", "seed", "scale", "today", "dry-run", "help");
      for (String k : m.keySet()) {
        if (!known.contains(k)) {
          throw new IllegalArgumentException("unknown option --" + k);
        }
      }
      if (m.containsKey("help") || !m.containsKey("url")) {
        throw new IllegalArgumentException(m.containsKey("help") ? "" : "--url is required");
      }
      double scale = Double.parseDouble(m.getOrDefault("scale", "1"));
      if (!(scale > 0 && scale <= 10)) {
        throw new IllegalArgumentException("--scale must be in (0, 10]");
      }
      return new Options(
          m.get("url"),
          m.getOrDefault("user", "zonale"),
          m.getOrDefault("password", "zonale"),
          Long.parseLong(m.getOrDefault("seed", "42")),
          scale,
          m.containsKey("today") ? LocalDate.parse(m.get("today")) : LocalDate.now(ZoneOffset.UTC),
          Boolean.parseBoolean(m.getOrDefault("dry-run", "false")));
    }
  }

  /** What a run did: exit code, SHA-256 of the data, rows per table. */
  record Result(int exitCode, String digest, Map<String, Long> rows) {}

  static final String USAGE =
      """
      usage: RegionGenerator --url=jdbc:postgresql://HOST:PORT/DB [--user=zonale] [--password=zonale]
                             [--seed=42] [--scale=1] [--today=YYYY-MM-DD] [--dry-run]
        Loads a whole region of generated data (COPY, one transaction) into a migrated Zonale database.
        --scale    multiplies every count (1 = 20,000 organisations, 200,000 registrations, ...)
        --today    reference date: sessions after it are SCHEDULED, before it HELD (default: today, UTC)
        --dry-run  generate and load, print the figures and the digest, then roll back
      """;

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (RuntimeException e) { // bad options, numbers or dates
      boolean help = "".equals(e.getMessage());
      if (!help) {
        System.err.println("RegionGenerator: " + e.getMessage());
      }
      (help ? System.out : System.err).print(USAGE);
      System.exit(help ? 0 : 64);
      return;
    }
    int code;
    try {
      code = run(options, System.out).exitCode();
    } catch (Exception e) {
      System.err.println("RegionGenerator failed, nothing was written: " + e);
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        System.err.println("  caused by: " + c);
      }
      code = 1;
    }
    System.exit(code);
  }

  /** Runs the generator; the caller owns the exit. */
  static Result run(Options o, PrintStream out) throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection(o.url(), o.user(), o.password())) {
      if (count(c, "select count(*) from districts where code like 'GEN\\_%'") > 0) {
        out.println(
            "RegionGenerator: this database already holds generated data (districts GEN_*)."
                + " Nothing was changed. Generate into a freshly migrated database"
                + " (./zonale bench recreates it).");
        return new Result(2, null, Map.of());
      }
      c.setAutoCommit(false);
      long started = System.nanoTime();
      Generation g = new Generation(o, c, out);
      try {
        g.load();
        if (o.dryRun()) {
          c.rollback();
        } else {
          c.commit();
        }
      } catch (SQLException | IOException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      long loaded = System.nanoTime();
      if (!o.dryRun()) {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
          for (String table : g.stats.keySet()) {
            st.execute("analyze " + table.split(" ")[0]); // "municipalities (update)"
          }
        }
      }
      long done = System.nanoTime();
      return g.report(started, loaded, done);
    }
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // ------------------------------------------------------------------------------------------------

  static final class District {
    UUID id;
    String code;
    String name;
    String province;
    boolean generated;
    long population;
    final List<UUID> subdistricts = new ArrayList<>();
    final List<String> comuni = new ArrayList<>();
    final List<Integer> orgs = new ArrayList<>();
    final List<Integer> participants = new ArrayList<>();
  }

  record Comune(String istat, String name, String province, int population) {}

  static final class Plan {
    UUID id;
    District district;
    int start;
    int end;
    String status;
    OffsetDateTime createdAt;
    final List<UUID> areas = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    int sessions;
  }

  record Table(UUID id, Plan plan, String name, String targetGroup) {}

  record Session(
      UUID id,
      Plan plan,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String status,
      Integer capacity) {}

  record Org(UUID id, String kind, List<District> districts, List<Integer> participants) {}

  /** One answer row of survey_answers (V018's storage rules). */
  record Answer(
      String question, String item, int ordinal, String option, Integer number, String text) {}

  static final class Generation {
    final Options o;
    final Connection c;
    final PrintStream out;
    final CopyManager copy;
    final MessageDigest digest;
    final Map<String, long[]> stats = new LinkedHashMap<>();
    final long seed;
    final OffsetDateTime now;

    final List<UUID> areas = new ArrayList<>();
    final List<String> areaCodes = new ArrayList<>();
    final List<String> areaNames = new ArrayList<>();
    final List<District> districts = new ArrayList<>();
    final List<Plan> plans = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<Org> orgs = new ArrayList<>();
    final List<Integer> participantOrg = new ArrayList<>();
    final List<UUID> participantIds = new ArrayList<>();
    District large;
    Plan largePlan;
    int skippedPlans;

    Generation(Options o, Connection c, PrintStream out) throws SQLException {
      this.o = o;
      this.c = c;
      this.out = out;
      this.copy = new CopyManager(c.unwrap(BaseConnection.class));
      try {
        this.digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      this.seed = o.seed();
      this.now = o.today().atStartOfDay(ROME).toOffsetDateTime();
    }

    int scaled(double n) {
      return (int) Math.max(1, Math.round(n * o.scale()));
    }

    CopyWriter copy(String table, String columns) throws SQLException {
      return new CopyWriter(copy, table, columns, digest, stats);
    }

    UUID id(String kind, long n) {
      return Rng.id(seed, kind, n);
    }

    void load() throws SQLException, IOException {
      readReferenceData();
      districts();
      organizations();
      plans();
      tables();
      sessions();
      participants();
      registrations();
      memberships();
      survey();
    }

    // -------------------------------------------------------------------------- reference data

    void readReferenceData() throws SQLException {
      try (Statement st = c.createStatement()) {
        try (ResultSet rs =
            st.executeQuery("select id, code, name from policy_areas order by position, code")) {
          while (rs.next()) {
            areas.add(rs.getObject(1, UUID.class));
            areaCodes.add(rs.getString(2));
            areaNames.add(rs.getString(3));
          }
        }
        if (areas.isEmpty()) {
          throw new IllegalStateException("no policy areas: is the database migrated?");
        }
        Map<UUID, District> byId = new LinkedHashMap<>();
        try (ResultSet rs =
            st.executeQuery("select id, code, name, province_code from districts order by code")) {
          while (rs.next()) {
            District d = new District();
            d.id = rs.getObject(1, UUID.class);
            d.code = rs.getString(2);
            d.name = rs.getString(3);
            d.province = rs.getString(4);
            byId.put(d.id, d);
            districts.add(d);
          }
        }
        try (ResultSet rs =
            st.executeQuery(
                "select id, district_id from subdistricts order by district_id, name")) {
          while (rs.next()) {
            byId.get(rs.getObject(2, UUID.class)).subdistricts.add(rs.getObject(1, UUID.class));
          }
        }
        try (ResultSet rs =
            st.executeQuery(
                "select district_id, name, population from municipalities"
                    + " where district_id is not null order by istat_code")) {
          while (rs.next()) {
            District d = byId.get(rs.getObject(1, UUID.class));
            d.comuni.add(rs.getString(2));
            d.population += rs.getInt(3);
          }
        }
      }
    }

    // -------------------------------------------------------------------------- districts

    void districts() throws SQLException, IOException {
      Map<String, List<Comune>> byProvince = new TreeMap<>();
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select istat_code, name, province_code, population from municipalities"
                      + " where district_id is null order by province_code, istat_code")) {
        while (rs.next()) {
          byProvince
              .computeIfAbsent(rs.getString(3), p -> new ArrayList<>())
              .add(new Comune(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
        }
      }
      List<District> generated = new ArrayList<>();
      List<String[]> mapping = new ArrayList<>();
      int n = 0;
      for (var e : byProvince.entrySet()) {
        List<Comune> comuni = e.getValue();
        int groups = (int) Math.max(1, Math.round(comuni.size() / 16.0));
        for (int g = 0; g < groups; g++) {
          List<Comune> chunk =
              comuni.subList(comuni.size() * g / groups, comuni.size() * (g + 1) / groups);
          District d = new District();
          d.id = id("district", n);
          d.generated = true;
          d.province = e.getKey();
          d.code = "GEN_%s_%02d".formatted(e.getKey(), g + 1);
          d.name = "Ambito %s %d (generato)".formatted(provinceName(e.getKey()), g + 1);
          Comune leader = chunk.get(0);
          for (Comune cm : chunk) {
            d.comuni.add(cm.name());
            d.population += cm.population();
            if (cm.population() > leader.population()) {
              leader = cm;
            }
          }
          int half = (chunk.size() + 1) / 2;
          for (int s = 0; s < 2; s++) {
            d.subdistricts.add(id("subdistrict", 2L * n + s));
          }
          for (int i = 0; i < chunk.size(); i++) {
            mapping.add(
                new String[] {
                  chunk.get(i).istat(),
                  d.id.toString(),
                  d.subdistricts.get(i < half ? 0 : 1).toString()
                });
          }
          generated.add(d);
          districtLeaders.put(d, leader.name());
          n++;
        }
      }
      if (generated.isEmpty()) {
        throw new IllegalStateException("every comune has an ambito already: nothing to group");
      }
      try (CopyWriter w =
          copy("districts", "id, code, name, province_code, lead_body, health_authority")) {
        for (District d : generated) {
          w.row(
              d.id,
              d.code,
              d.name,
              d.province,
              "Comune di " + districtLeaders.get(d),
              "ASST " + provinceName(d.province));
        }
      }
      try (CopyWriter w = copy("subdistricts", "id, district_id, name")) {
        for (District d : generated) {
          for (int s = 0; s < d.subdistricts.size(); s++) {
            w.row(d.subdistricts.get(s), d.id, "Sub-ambito " + (s + 1));
          }
        }
      }
      try (Statement st = c.createStatement()) {
        st.execute(
            "create temp table gen_municipality_district (istat_code text primary key,"
                + " district_id uuid not null, subdistrict_id uuid not null) on commit drop");
      }
      try (CopyWriter w =
          copy("gen_municipality_district", "istat_code, district_id, subdistrict_id")) {
        for (String[] m : mapping) {
          w.row((Object[]) m);
        }
      }
      long started = System.nanoTime();
      int updated;
      try (Statement st = c.createStatement()) {
        updated =
            st.executeUpdate(
                "update municipalities m set district_id = t.district_id,"
                    + " subdistrict_id = t.subdistrict_id, mapping_basis = 'generated'"
                    + " from gen_municipality_district t"
                    + " where m.istat_code = t.istat_code and m.district_id is null");
      }
      if (updated != mapping.size()) {
        throw new IllegalStateException(
            "mapped " + updated + " comuni instead of " + mapping.size());
      }
      stats.remove("gen_municipality_district");
      stats.put("municipalities (update)", new long[] {updated, System.nanoTime() - started});
      districts.addAll(generated);
      large = generated.get(0);
      for (District d : generated) {
        if (d.population > large.population) {
          large = d;
        }
      }
    }

    final Map<District, String> districtLeaders = new LinkedHashMap<>();

    // -------------------------------------------------------------------------- organisations

    static final String[] KINDS = {
      "ODV",
      "APS",
      "SOCIAL_COOPERATIVE",
      "SOCIAL_ENTERPRISE",
      "OTHER_ETS",
      "PHILANTHROPIC_ENTITY",
      "ASSOCIATIVE_NETWORK",
      "MUTUAL_AID_SOCIETY",
      "FOUNDATION",
      "RELIGIOUS_BODY",
      "MUNICIPALITY",
      "ASST",
      "ATS",
      "CONSORTIUM"
    };
    static final double[] KIND_WEIGHTS = {26, 25, 15, 3, 4, 1, 1, 1, 4, 4, 12, 1, 0.5, 2};

    void organizations() throws SQLException, IOException {
      Rng r = new Rng(seed, "organizations");
      int total = scaled(20_000);
      int inLarge = Math.min(total, Math.max(scaled(10_000), (int) Math.ceil(total * 0.55)));
      List<District> others = new ArrayList<>(districts);
      others.remove(large);
      double[] weights = new double[others.size()];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = others.get(i).comuni.size() + 4;
      }
      try (CopyWriter w =
          copy(
              "organizations",
              "id, name, tax_code, kind, runts_number, runts_section, email, pec, created_at,"
                  + " updated_at")) {
        for (int i = 0; i < total; i++) {
          District primary = i < inLarge ? large : others.get(r.weighted(weights));
          List<District> ds = new ArrayList<>(List.of(primary));
          int extra = r.chance(0.55) ? 0 : r.chance(0.65) ? 1 : 2;
          for (int k = 0; k < extra; k++) {
            District d = r.pick(districts);
            for (int tries = 0; tries < 4 && !d.province.equals(primary.province); tries++) {
              d = r.pick(districts);
            }
            if (!ds.contains(d)) {
              ds.add(d);
            }
          }
          String kind = KINDS[r.weighted(KIND_WEIGHTS)];
          String comune = primary.comuni.isEmpty() ? primary.name : r.pick(primary.comuni);
          String name = orgName(r, kind, comune, primary);
          boolean ets = isThirdSector(kind);
          OffsetDateTime created = at(LocalDate.of(2016, 1, 4).plusDays(r.nextInt(2400)), 10, 0);
          Org org = new Org(id("organization", i), kind, ds, new ArrayList<>());
          orgs.add(org);
          for (District d : ds) {
            d.orgs.add(i);
          }
          boolean publicBody =
              kind.equals("MUNICIPALITY")
                  || kind.equals("ASST")
                  || kind.equals("ATS")
                  || kind.equals("CONSORTIUM");
          w.row(
              org.id(),
              name,
              taxCode(i),
              kind,
              ets ? "GEN-RUNTS-%06d".formatted(i + 1) : null,
              ets ? runtsSection(kind) : null,
              "ente%d@gen.zonale.example".formatted(i + 1),
              publicBody ? "protocollo%d@pec.gen.zonale.example".formatted(i + 1) : null,
              created,
              created);
        }
      }
      try (CopyWriter w = copy("organization_districts", "organization_id, district_id")) {
        for (Org org : orgs) {
          for (District d : org.districts()) {
            w.row(org.id(), d.id);
          }
        }
      }
    }

    static boolean isThirdSector(String kind) {
      return switch (kind) {
        case "ODV",
            "APS",
            "SOCIAL_ENTERPRISE",
            "SOCIAL_COOPERATIVE",
            "PHILANTHROPIC_ENTITY",
            "ASSOCIATIVE_NETWORK",
            "MUTUAL_AID_SOCIETY",
            "OTHER_ETS" ->
            true;
        default -> false;
      };
    }

    /** Social cooperatives sit in the RUNTS section of social enterprises (d.lgs. 117/2017). */
    static String runtsSection(String kind) {
      return kind.equals("SOCIAL_COOPERATIVE") ? "SOCIAL_ENTERPRISE" : kind;
    }

    /** 88 + 8-digit counter + check digit (the algorithm of TaxCode): unique and valid. */
    static String taxCode(int i) {
      String body = TAX_PREFIX + "%08d".formatted(i + 1);
      int sum = 0;
      for (int k = 0; k < 10; k++) {
        int digit = body.charAt(k) - '0';
        if (k % 2 == 1) {
          digit *= 2;
          if (digit > 9) {
            digit -= 9;
          }
        }
        sum += digit;
      }
      return body + (10 - sum % 10) % 10;
    }

    static final String[] EVOCATIVE = {
      "Il Girasole",
      "La Bussola",
      "Arcobaleno",
      "Il Melograno",
      "Il Faro",
      "La Quercia",
      "Il Ponte",
      "Sentieri",
      "L'Aquilone",
      "Orizzonti",
      "La Tenda",
      "Il Seme",
      "Mosaico",
      "La Lanterna",
      "Il Cerchio",
      "Primavera",
      "Insieme",
      "Il Sorriso",
      "La Strada",
      "Casa Aperta",
      "Il Pozzo",
      "La Fonte",
      "Il Mulino",
      "La Nuvola",
      "Il Granello",
      "La Goccia",
      "Il Timone",
      "L'Approdo",
      "Mani Aperte",
      "Il Volo",
      "La Rondine",
      "Filo d'Argento",
      "Porte Aperte",
      "Il Sicomoro",
      "La Meridiana",
      "Oltre il Muro",
      "Passo dopo Passo",
      "Il Noce",
      "La Cordata",
      "Terra Buona"
    };
    static final String[] SAINTS = {
      "San Giovanni Battista", "Santa Maria Assunta", "San Martino", "San Lorenzo", "San Pietro",
      "Sant'Ambrogio", "San Giorgio", "San Michele Arcangelo", "San Bartolomeo", "Santo Stefano"
    };
    static final String[] ATS = {
      "ATS della Città Metropolitana di Milano",
      "ATS Insubria",
      "ATS della Montagna",
      "ATS della Brianza",
      "ATS di Bergamo",
      "ATS di Brescia",
      "ATS di Pavia",
      "ATS della Val Padana"
    };

    String orgName(Rng r, String kind, String comune, District d) {
      String x = r.pick(EVOCATIVE) + (r.chance(0.5) ? " di " + comune : "");
      String name =
          switch (kind) {
            case "ODV" ->
                r.chance(0.5) ? "Associazione " + x + " ODV" : "Volontari di " + comune + " ODV";
            case "APS" ->
                r.pick(new String[] {"Associazione ", "Circolo ", "Polisportiva "}) + x + " APS";
            case "SOCIAL_COOPERATIVE" -> "Cooperativa sociale " + x;
            case "SOCIAL_ENTERPRISE" -> x + " Impresa sociale srl";
            case "OTHER_ETS" -> "Ente " + x + " ETS";
            case "PHILANTHROPIC_ENTITY" -> "Ente filantropico " + x;
            case "ASSOCIATIVE_NETWORK" -> "Rete " + x;
            case "MUTUAL_AID_SOCIETY" -> "Società di mutuo soccorso di " + comune;
            case "FOUNDATION" -> "Fondazione " + x;
            case "RELIGIOUS_BODY" ->
                r.chance(0.5)
                    ? "Parrocchia di " + r.pick(SAINTS) + " in " + comune
                    : "Caritas parrocchiale di " + comune;
            case "MUNICIPALITY" -> "Comune di " + comune;
            case "ASST" -> "ASST " + provinceName(d.province);
            case "ATS" -> r.pick(ATS);
            case "CONSORTIUM" -> "Consorzio servizi sociali " + d.name;
            default -> throw new IllegalArgumentException(kind);
          };
      return name.length() <= 200 ? name : name.substring(0, 200);
    }

    // -------------------------------------------------------------------------- plans

    void plans() throws SQLException, IOException {
      Set<String> existing = new HashSet<>();
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("select district_id, start_year, end_year from plans")) {
        while (rs.next()) {
          existing.add(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3));
        }
      }
      Rng r = new Rng(seed, "plans");
      int n = 0;
      for (District d : districts) {
        for (int start : PERIODS) {
          int end = start + 2;
          if (existing.contains(d.id + "/" + start + "/" + end)) {
            skippedPlans++;
            continue;
          }
          Plan p = new Plan();
          p.district = d;
          p.start = start;
          p.end = end;
          boolean isLarge = d == large && start == 2024;
          p.id = isLarge ? LARGE_PLAN : id("plan", n++);
          p.status =
              isLarge
                  ? "CONSULTATION"
                  : switch (start) {
                    case 2018 -> "CLOSED";
                    case 2021 -> r.chance(0.75) ? "CLOSED" : "MONITORING";
                    default -> r.chance(0.5) ? "CONSULTATION" : "MONITORING";
                  };
          p.createdAt = at(LocalDate.of(start - 1, 9, 1), 9, 0);
          if (isLarge) {
            p.areas.addAll(areas);
            largePlan = p;
          } else {
            int[] chosen =
                r.sample(areas.size(), r.between(Math.min(5, areas.size()), areas.size()));
            Arrays.sort(chosen);
            for (int a : chosen) {
              p.areas.add(areas.get(a));
            }
          }
          plans.add(p);
        }
      }
      if (largePlan == null) {
        throw new IllegalStateException("no 2024-2026 plan for the large ambito " + large.code);
      }
      try (CopyWriter w =
          copy(
              "plans",
              "id, district_id, title, description, start_year, end_year, status, created_at,"
                  + " updated_at")) {
        for (Plan p : plans) {
          w.row(
              p.id,
              p.district.id,
              "Piano di Zona %d-%d – %s".formatted(p.start, p.end, p.district.name),
              "Piano di Zona dell'ambito %s per il triennio %d-%d. Dati generati per le prove di carico."
                  .formatted(p.district.name, p.start, p.end),
              p.start,
              p.end,
              p.status,
              p.createdAt,
              p.createdAt.plusDays(30));
        }
      }
      try (CopyWriter w = copy("plan_policy_areas", "plan_id, policy_area_id")) {
        for (Plan p : plans) {
          for (UUID a : p.areas) {
            w.row(p.id, a);
          }
        }
      }
      int phase = 0;
      try (CopyWriter w =
          copy(
              "plan_phases",
              "id, plan_id, district_id, kind, name, description, start_date, end_date")) {
        for (Plan p : plans) {
          int y = p.start;
          Object[][] phases = {
            {
              "CALL_FOR_INTEREST",
              "Invito al Terzo settore",
              LocalDate.of(y - 1, 9, 1),
              LocalDate.of(y - 1, 9, 30)
            },
            {
              "NEEDS_SURVEY",
              "Rilevazione dei bisogni",
              LocalDate.of(y - 1, 10, 1),
              LocalDate.of(y - 1, 11, 15)
            },
            {
              "TABLE_WORK",
              "Lavoro dei tavoli tematici",
              LocalDate.of(y - 1, 11, 16),
              LocalDate.of(y, 3, 31)
            },
            {"APPROVAL", "Approvazione in Assemblea dei sindaci", LocalDate.of(y, 4, 30), null},
            {"MONITORING", "Monitoraggio", LocalDate.of(y, 6, 1), LocalDate.of(p.end, 12, 31)}
          };
          int count = p.status.equals("CONSULTATION") ? 4 : 5;
          for (int k = 0; k < count; k++) {
            w.row(
                id("phase", phase++),
                p.id,
                p.district.id,
                phases[k][0],
                phases[k][1],
                null,
                phases[k][2],
                phases[k][3]);
          }
        }
      }
    }

    // -------------------------------------------------------------------------- tables

    static final String[][] THEMES = {
      {"Anziani e non autosufficienza", "ELDERLY_AND_DISABLED"},
      {"Disabilità e progetto di vita", "ELDERLY_AND_DISABLED"},
      {"Minori, giovani e famiglie", "CHILDREN_YOUTH_AND_FAMILIES"},
      {"Povertà educativa", "CHILDREN_YOUTH_AND_FAMILIES"},
      {"Adulti, fragilità e vulnerabilità", "ADULTS_AND_VULNERABILITY"},
      {"Grave marginalità", "ADULTS_AND_VULNERABILITY"},
      {"Politiche abitative", "WHOLE_POPULATION"},
      {"Lavoro e inclusione", "ADULTS_AND_VULNERABILITY"},
      {"Salute mentale", "ADULTS_AND_VULNERABILITY"},
      {"Conciliazione vita-lavoro", "CHILDREN_YOUTH_AND_FAMILIES"},
      {"Comunità e coesione sociale", "WHOLE_POPULATION"},
      {"Servizi digitali", "OTHER"}
    };

    void tables() throws SQLException, IOException {
      Rng r = new Rng(seed, "tables");
      int total = scaled(1_000);
      int inLarge = Math.min(total, scaled(12));
      double[] weights = new double[plans.size()];
      for (int i = 0; i < weights.length; i++) {
        Plan p = plans.get(i);
        weights[i] = p == largePlan ? 0 : p.start == 2018 ? 1 : p.start == 2021 ? 2 : 3;
      }
      for (int k = 0; k < total; k++) {
        Plan p = k < inLarge ? largePlan : plans.get(r.weighted(weights));
        int n = p.tables.size();
        // each plan starts from its own theme, so that the region does not read the same list
        String[] theme =
            THEMES[(n + Math.floorMod(p.id.hashCode(), THEMES.length)) % THEMES.length];
        String name = n < THEMES.length ? theme[0] : theme[0] + " " + (n / THEMES.length + 1);
        Table t = new Table(id("table", k), p, name, theme[1]);
        p.tables.add(t);
        tables.add(t);
      }
      try (CopyWriter w =
          copy(
              "thematic_tables",
              "id, plan_id, district_id, name, description, target_group, level,"
                  + " subdistrict_id, created_at, updated_at")) {
        for (Table t : tables) {
          Plan p = t.plan();
          boolean sub = !p.district.subdistricts.isEmpty() && r.chance(0.25);
          w.row(
              t.id(),
              p.id,
              p.district.id,
              t.name(),
              "Tavolo tematico del Piano di Zona %d-%d (dati generati).".formatted(p.start, p.end),
              t.targetGroup(),
              sub ? "SUBDISTRICT" : "DISTRICT",
              sub ? r.pick(p.district.subdistricts) : null,
              p.createdAt.plusDays(20),
              p.createdAt.plusDays(20));
        }
      }
      try (CopyWriter w = copy("thematic_table_policy_areas", "table_id, policy_area_id")) {
        for (Table t : tables) {
          List<UUID> planAreas = t.plan().areas;
          int[] chosen = r.sample(planAreas.size(), Math.min(planAreas.size(), r.between(1, 3)));
          Arrays.sort(chosen);
          for (int a : chosen) {
            w.row(t.id(), planAreas.get(a));
          }
        }
      }
    }

    // -------------------------------------------------------------------------- sessions

    final List<Session> sessions = new ArrayList<>();

    void sessions() throws SQLException, IOException {
      Rng r = new Rng(seed, "sessions");
      int total = scaled(10_000);
      int inLarge = Math.min(total, scaled(300));
      double[] weights = new double[plans.size()];
      for (int i = 0; i < weights.length; i++) {
        Plan p = plans.get(i);
        weights[i] =
            p == largePlan
                ? 0
                : (p.start == 2018 ? 1 : p.start == 2021 ? 2 : 3) + 2 * p.tables.size();
      }
      try (CopyWriter w =
          copy(
              "sessions",
              "id, plan_id, district_id, table_id, kind, title, starts_at, ends_at, mode, place,"
                  + " online_url, agenda, capacity, status, created_at, updated_at")) {
        for (int k = 0; k < total; k++) {
          Plan p = k < inLarge ? largePlan : plans.get(r.weighted(weights));
          p.sessions++;
          Table t = !p.tables.isEmpty() && r.chance(0.75) ? r.pick(p.tables) : null;
          LocalDate from = LocalDate.of(p.start - 1, 9, 1);
          LocalDate to = LocalDate.of(p.end, 12, 31);
          LocalDate day;
          if (p.status.equals("CONSULTATION") && r.chance(0.35)) {
            day = o.today().plusDays(1 + r.nextInt(120)); // the consultation goes on
          } else {
            LocalDate last =
                p.status.equals("CONSULTATION") && o.today().isBefore(to) ? o.today() : to;
            if (last.isBefore(from)) {
              last = from;
            }
            day = from.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(from, last) + 1));
          }
          switch (day.getDayOfWeek()) {
            case SATURDAY -> day = day.plusDays(2);
            case SUNDAY -> day = day.plusDays(1);
            default -> {}
          }
          int[] hours = {9, 10, 14, 15, 17, 18};
          OffsetDateTime starts =
              at(day, r.pick(Arrays.stream(hours).boxed().toList()), r.chance(0.5) ? 0 : 30);
          OffsetDateTime ends = starts.plusMinutes(t == null ? 180 : 120);
          boolean past = starts.isBefore(now);
          String status = r.chance(0.05) ? "CANCELLED" : past ? "HELD" : "SCHEDULED";
          String mode = r.chance(0.6) ? "IN_PERSON" : r.chance(0.5) ? "ONLINE" : "HYBRID";
          String comune = p.district.comuni.isEmpty() ? p.district.name : r.pick(p.district.comuni);
          Integer capacity = p == largePlan || r.chance(0.5) ? null : r.between(15, 60);
          Session s = new Session(id("session", k), p, starts, ends, status, capacity);
          sessions.add(s);
          w.row(
              s.id(),
              p.id,
              p.district.id,
              t == null ? null : t.id(),
              t == null ? "PLENARY" : "TABLE",
              t == null
                  ? "Assemblea plenaria del Piano di Zona %d-%d".formatted(p.start, p.end)
                  : "Incontro del tavolo " + t.name(),
              starts,
              ends,
              mode,
              mode.equals("ONLINE") ? null : "Sala consiliare, Comune di " + comune,
              mode.equals("IN_PERSON") ? null : "https://meet.example.org/zonale-gen-" + (k + 1),
              "[]",
              capacity,
              status,
              starts.minusDays(30),
              starts.minusDays(30));
        }
      }
    }

    // -------------------------------------------------------------------------- participants

    static final String[] FIRST = {
      "Marco", "Giulia", "Luca", "Francesca", "Andrea", "Chiara", "Paolo", "Sara", "Matteo",
      "Elena", "Davide", "Silvia", "Stefano", "Laura", "Alessandro", "Martina", "Giorgio", "Anna",
      "Roberto", "Federica", "Simone", "Valentina", "Fabio", "Elisa", "Massimo", "Paola", "Nicola",
      "Cristina", "Giovanni", "Monica"
    };
    static final String[] LAST = {
      "Rossi", "Ferrari", "Russo", "Bianchi", "Colombo", "Bruno", "Ricci", "Marino", "Greco",
      "Gallo", "Conti", "Costa", "Giordano", "Mancini", "Lombardi", "Barbieri", "Moretti",
          "Fontana",
      "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo",
      "Gentile", "Villa", "Sala", "Brambilla", "Cattaneo", "Bassi", "Pozzi", "Riva"
    };
    static final String[] ROLES = {
      "Presidente",
      "Vicepresidente",
      "Coordinatore",
      "Referente di progetto",
      "Educatore",
      "Assistente sociale",
      "Volontario",
      "Responsabile servizi",
      "Segretario"
    };

    void participants() throws SQLException, IOException {
      Rng r = new Rng(seed, "participants");
      try (CopyWriter w =
          copy(
              "participants",
              "id, organization_id, full_name, organization_role, email, created_at")) {
        for (int i = 0; i < orgs.size(); i++) {
          Org org = orgs.get(i);
          int n = r.weighted(new double[] {3, 4, 3}) + 1;
          for (int k = 0; k < n; k++) {
            int p = participantIds.size();
            String first = r.pick(FIRST);
            String last = r.pick(LAST);
            UUID id = id("participant", p);
            participantIds.add(id);
            participantOrg.add(i);
            org.participants().add(p);
            for (District d : org.districts()) {
              d.participants.add(p);
            }
            w.row(
                id,
                org.id(),
                first + " " + last,
                r.pick(ROLES),
                "%s.%s.%d@gen.zonale.example".formatted(first, last, p + 1).toLowerCase(),
                at(LocalDate.of(2017, 1, 2).plusDays(r.nextInt(1500)), 11, 0));
          }
        }
      }
    }

    // -------------------------------------------------------------------------- registrations

    void registrations() throws SQLException, IOException {
      Rng r = new Rng(seed, "registrations");
      int total = scaled(200_000);
      int[] target = new int[sessions.size()];
      double[] w = new double[sessions.size()];
      double sum = 0;
      for (int i = 0; i < w.length; i++) {
        w[i] = 0.5 + r.nextDouble();
        sum += w[i];
      }
      int assigned = 0;
      for (int i = 0; i < w.length; i++) {
        int room = sessions.get(i).plan().district.participants.size();
        target[i] = Math.min(room, (int) (total * w[i] / sum));
        assigned += target[i];
      }
      for (boolean progress = true; assigned < total && progress; ) {
        progress = false;
        for (int i = 0; i < target.length && assigned < total; i++) {
          if (target[i] < sessions.get(i).plan().district.participants.size()) {
            target[i]++;
            assigned++;
            progress = true;
          }
        }
      }
      long n = 0;
      try (CopyWriter out =
          copy(
              "registrations",
              "id, session_id, participant_id, organization_id, district_id, status,"
                  + " registered_at, cancelled_at, attended, attendance_recorded_at")) {
        for (int i = 0; i < sessions.size(); i++) {
          Session s = sessions.get(i);
          District d = s.plan().district;
          int[] chosen = r.sample(d.participants.size(), target[i]);
          OffsetDateTime opens = s.startsAt().minusDays(28);
          long span = ChronoUnit.MINUTES.between(opens, s.startsAt().minusHours(2));
          int active = 0;
          for (int k = 0; k < chosen.length; k++) {
            int p = d.participants.get(chosen[k]);
            OffsetDateTime registered = opens.plusMinutes(span * k / chosen.length + r.nextInt(30));
            String status;
            OffsetDateTime cancelled = null;
            if (r.chance(0.06)) {
              status = "CANCELLED";
              cancelled = registered.plusMinutes(60 + r.nextInt(60 * 24));
              if (!cancelled.isBefore(s.startsAt())) {
                cancelled = s.startsAt().minusMinutes(30);
              }
            } else if (s.capacity() != null && active >= s.capacity()) {
              status = "WAITLISTED";
            } else {
              status = "REGISTERED";
              active++;
            }
            boolean recorded = s.status().equals("HELD") && status.equals("REGISTERED");
            out.row(
                id("registration", n++),
                s.id(),
                participantIds.get(p),
                orgs.get(participantOrg.get(p)).id(),
                d.id,
                status,
                registered,
                cancelled,
                recorded ? r.chance(0.85) : null,
                recorded ? s.endsAt().plusHours(2) : null);
          }
        }
      }
    }

    // -------------------------------------------------------------------------- memberships

    void memberships() throws SQLException, IOException {
      Rng r = new Rng(seed, "memberships");
      long n = 0;
      try (CopyWriter w =
          copy(
              "table_memberships",
              "id, table_id, district_id, organization_id, status, titular_participant_id,"
                  + " substitute_participant_id, admitted_at, updated_at")) {
        for (Table t : tables) {
          District d = t.plan().district;
          int want = t.plan() == largePlan ? scaled(400) : r.between(5, 15);
          int[] chosen = r.sample(d.orgs.size(), Math.min(want, d.orgs.size()));
          for (int k : chosen) {
            Org org = orgs.get(d.orgs.get(k));
            List<Integer> ps = org.participants();
            OffsetDateTime admitted = t.plan().createdAt.plusDays(40 + r.nextInt(20));
            w.row(
                id("membership", n++),
                t.id(),
                d.id,
                org.id(),
                r.chance(0.8) ? "FULL" : "CONSULTATIVE",
                participantIds.get(ps.get(0)),
                ps.size() > 1 ? participantIds.get(ps.get(1)) : null,
                admitted,
                admitted);
          }
        }
      }
    }

    // -------------------------------------------------------------------------- survey

    static final String[][] SECTORS = {
      {"anziani", "Anziani e non autosufficienza"},
      {"disabilita", "Disabilità"},
      {"minori_famiglie", "Minori e famiglie"},
      {"adulti_fragili", "Adulti in condizione di fragilità"},
      {"salute_mentale", "Salute mentale"},
      {"migranti", "Persone di origine straniera"}
    };
    static final String[][] TARGETS = {
      {"anziani", "Anziani"},
      {"disabili", "Persone con disabilità"},
      {"minori", "Minori e adolescenti"},
      {"giovani", "Giovani"},
      {"famiglie", "Famiglie"},
      {"adulti_fragili", "Adulti in condizione di fragilità"},
      {"stranieri", "Popolazione di origine straniera"},
      {"dipendenze", "Persone con dipendenze"}
    };
    static final String[][] TARGET_ROWS = {
      {"anziani", "Anziani"},
      {"disabili", "Persone con disabilità"},
      {"minori_famiglie", "Minori e famiglie"},
      {"adulti_fragili", "Adulti in condizione di fragilità"},
      {"stranieri", "Popolazione di origine straniera"}
    };
    static final String[] LEVELS = {"basso", "medio", "alto", "molto_alto"};

    String definition() {
      StringBuilder areaRows = new StringBuilder();
      for (int i = 0; i < areas.size(); i++) {
        areaRows
            .append(i == 0 ? "" : ", ")
            .append(
                "{\"key\": \"%s\", \"label\": %s, \"policyAreaId\": \"%s\"}"
                    .formatted(areaKey(i), json(areaNames.get(i)), areas.get(i)));
      }
      String levels =
          "[{\"key\": \"basso\", \"label\": \"1 – Basso\", \"value\": 1},"
              + " {\"key\": \"medio\", \"label\": \"2 – Medio\", \"value\": 2},"
              + " {\"key\": \"alto\", \"label\": \"3 – Alto\", \"value\": 3},"
              + " {\"key\": \"molto_alto\", \"label\": \"4 – Molto alto\", \"value\": 4}]";
      return """
          {"sections": [
           {"key": "profilo", "title": "Profilo dell'ente", "description": "Chi compila e con quali forze.", "questions": [
            %s,
            %s,
            %s,
            %s
           ]},
           {"key": "servizi", "title": "Servizi offerti", "description": null, "questions": [
            %s
           ]},
           {"key": "bisogni", "title": "Bisogni del territorio", "description": "Livello di bisogno: 1 basso, 4 molto alto.", "questions": [
            %s,
            %s
           ]},
           {"key": "collaborazione", "title": "Collaborazione", "description": null, "questions": [
            %s
           ]}
          ]}"""
          .formatted(
              question(
                  "referente",
                  "SHORT_TEXT",
                  "Referente per la compilazione",
                  true,
                  "null",
                  "null",
                  "null",
                  null,
                  null,
                  null,
                  null),
              question(
                  "volontari",
                  "NUMBER",
                  "Numero di volontari attivi",
                  true,
                  "\"volontari\"",
                  "0",
                  "5000",
                  null,
                  null,
                  null,
                  null),
              question(
                  "utenti_annui",
                  "NUMBER",
                  "Persone raggiunte nell'ultimo anno",
                  true,
                  "\"persone\"",
                  "0",
                  "100000",
                  null,
                  null,
                  null,
                  null),
              question(
                  "settore",
                  "SINGLE_CHOICE",
                  "Settore prevalente di attività",
                  true,
                  "null",
                  "null",
                  "null",
                  null,
                  null,
                  options(SECTORS, false),
                  null),
              question(
                  "target_raggiunti",
                  "MULTIPLE_CHOICE",
                  "A quali gruppi di persone si rivolgono le vostre attività?",
                  true,
                  "null",
                  "null",
                  "null",
                  null,
                  null,
                  options(TARGETS, false),
                  null),
              question(
                  "bisogni_area",
                  "MATRIX",
                  "Quanto è rilevante il bisogno in ciascuna area di policy?",
                  true,
                  "null",
                  "null",
                  "null",
                  null,
                  null,
                  levels,
                  "[" + areaRows + "]"),
              question(
                  "bisogni_target",
                  "MATRIX",
                  "E per ciascun gruppo di destinatari?",
                  false,
                  "null",
                  "null",
                  "null",
                  null,
                  null,
                  levels,
                  rows(TARGET_ROWS)),
              question(
                  "collaborazione_ambito",
                  "RATING",
                  "Come valutate la collaborazione con l'Ufficio di Piano?",
                  true,
                  "null",
                  "1",
                  "5",
                  "Per nulla soddisfacente",
                  "Molto soddisfacente",
                  null,
                  null));
    }

    String areaKey(int i) {
      return areaCodes.get(i).toLowerCase();
    }

    static String question(
        String key,
        String type,
        String title,
        boolean required,
        String unit,
        String min,
        String max,
        String minLabel,
        String maxLabel,
        String options,
        String rows) {
      return ("{\"key\": \"%s\", \"type\": \"%s\", \"title\": %s, \"help\": null, \"required\": %s,"
              + " \"tableId\": null, \"policyAreaId\": null, \"unit\": %s, \"min\": %s, \"max\": %s,"
              + " \"minLabel\": %s, \"maxLabel\": %s, \"options\": %s, \"rows\": %s}")
          .formatted(
              key,
              type,
              json(title),
              required,
              unit,
              min,
              max,
              json(minLabel),
              json(maxLabel),
              options == null ? "null" : options,
              rows == null ? "null" : rows);
    }

    static String options(String[][] items, boolean withValues) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < items.length; i++) {
        b.append(i == 0 ? "" : ", ")
            .append(
                "{\"key\": \"%s\", \"label\": %s, \"value\": %s}"
                    .formatted(items[i][0], json(items[i][1]), withValues ? i + 1 : "null"));
      }
      return b.append(']').toString();
    }

    static String rows(String[][] items) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < items.length; i++) {
        b.append(i == 0 ? "" : ", ")
            .append(
                "{\"key\": \"%s\", \"label\": %s, \"policyAreaId\": null}"
                    .formatted(items[i][0], json(items[i][1])));
      }
      return b.append(']').toString();
    }

    static String json(String s) {
      if (s == null) {
        return "null";
      }
      StringBuilder b = new StringBuilder("\"");
      for (char ch : s.toCharArray()) {
        switch (ch) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          default -> {
            if (ch < 0x20) {
              b.append("\\u%04x".formatted((int) ch));
            } else {
              b.append(ch);
            }
          }
        }
      }
      return b.append('"').toString();
    }

    /**
     * The 20 answers of response {@code i}, drawn from their own stream so that the JSON of
     * survey_responses and the rows of survey_answers can be written in two passes.
     */
    List<Answer> answers(int i, int subdistrict) {
      Rng r = new Rng(seed ^ i, "answers");
      List<Answer> a = new ArrayList<>(20);
      a.add(
          new Answer(
              "referente",
              "",
              0,
              null,
              null,
              r.pick(FIRST) + " " + r.pick(LAST) + ", " + r.pick(ROLES).toLowerCase()));
      a.add(new Answer("volontari", "", 0, null, (int) (Math.pow(r.nextDouble(), 2) * 300), null));
      a.add(
          new Answer(
              "utenti_annui", "", 0, null, (int) (Math.pow(r.nextDouble(), 3) * 5000), null));
      a.add(
          new Answer(
              "settore",
              "",
              0,
              SECTORS[r.weighted(new double[] {30, 18, 22, 15, 8, 7})][0],
              null,
              null));
      int k = r.between(1, 3);
      int[] targets = r.sample(TARGETS.length, k);
      Arrays.sort(targets);
      for (int j = 0; j < k; j++) {
        a.add(new Answer("target_raggiunti", "", j, TARGETS[targets[j]][0], null, null));
      }
      a.add(
          new Answer(
              "collaborazione_ambito",
              "",
              0,
              null,
              1 + r.weighted(new double[] {5, 10, 30, 40, 15}),
              null));
      for (int j = 0; j < areas.size(); j++) {
        // each area has its own typical level, one sub-ambito feels the need a little more
        double bias = (j * 7 % 5) / 4.0 + (subdistrict == 0 ? 0.4 : 0);
        int level = Math.min(3, Math.max(0, (int) Math.floor(bias + r.nextDouble() * 2.2)));
        a.add(new Answer("bisogni_area", areaKey(j), 0, LEVELS[level], level + 1, null));
      }
      int rowsAnswered = 20 - a.size();
      int[] rows =
          r.sample(TARGET_ROWS.length, Math.max(0, Math.min(TARGET_ROWS.length, rowsAnswered)));
      Arrays.sort(rows);
      for (int row : rows) {
        int level = r.nextInt(4);
        a.add(new Answer("bisogni_target", TARGET_ROWS[row][0], 0, LEVELS[level], level + 1, null));
      }
      return a;
    }

    /** survey_responses.answers: an object keyed by question key, as the API stores it. */
    static String answersJson(List<Answer> answers) {
      Map<String, List<Answer>> byQuestion = new LinkedHashMap<>();
      for (Answer a : answers) {
        byQuestion.computeIfAbsent(a.question(), q -> new ArrayList<>()).add(a);
      }
      StringBuilder b = new StringBuilder("{");
      for (var e : byQuestion.entrySet()) {
        if (b.length() > 1) {
          b.append(", ");
        }
        b.append(json(e.getKey())).append(": ");
        Answer first = e.getValue().get(0);
        switch (e.getKey()) {
          case "target_raggiunti" -> {
            b.append('[');
            for (int j = 0; j < e.getValue().size(); j++) {
              b.append(j == 0 ? "" : ", ").append(json(e.getValue().get(j).option()));
            }
            b.append(']');
          }
          case "bisogni_area", "bisogni_target" -> {
            b.append('{');
            for (int j = 0; j < e.getValue().size(); j++) {
              Answer m = e.getValue().get(j);
              b.append(j == 0 ? "" : ", ")
                  .append(json(m.item()))
                  .append(": ")
                  .append(json(m.option()));
            }
            b.append('}');
          }
          default ->
              b.append(
                  first.text() != null
                      ? json(first.text())
                      : first.option() != null ? json(first.option()) : first.number().toString());
        }
      }
      return b.append('}').toString();
    }

    void survey() throws SQLException, IOException {
      Rng r = new Rng(seed, "survey");
      OffsetDateTime published = at(LocalDate.of(2024, 2, 1), 9, 30);
      OffsetDateTime deadline = at(LocalDate.of(2024, 3, 31), 23, 59);
      try (CopyWriter w =
          copy(
              "surveys",
              "id, plan_id, district_id, title, description, status, deadline, definition,"
                  + " published_at, version, created_at, updated_at")) {
        w.row(
            LARGE_SURVEY,
            LARGE_PLAN,
            large.id,
            "Scheda di rilevazione dei bisogni 2024-2026",
            "Scheda di rilevazione dei bisogni del Piano di Zona 2024-2026 (dati generati per le prove"
                + " di carico).",
            "PUBLISHED",
            deadline,
            definition(),
            published,
            1,
            published.minusDays(10),
            published);
      }
      int responses = Math.min(scaled(10_000), large.orgs.size());
      long window = ChronoUnit.MINUTES.between(published, deadline);
      int[] subdistrict = new int[responses];
      try (CopyWriter w =
          copy(
              "survey_responses",
              "id, survey_id, organization_id, subdistrict_id, status, answers, submitted_at,"
                  + " version, created_at, updated_at")) {
        for (int i = 0; i < responses; i++) {
          subdistrict[i] = r.nextInt(large.subdistricts.size());
          OffsetDateTime submitted =
              published.plusMinutes((long) (window * Math.sqrt(r.nextDouble())));
          OffsetDateTime created =
              published.plusMinutes(
                  r.nextInt((int) Math.max(1, ChronoUnit.MINUTES.between(published, submitted))));
          w.row(
              id("response", i),
              LARGE_SURVEY,
              orgs.get(large.orgs.get(i)).id(),
              large.subdistricts.get(subdistrict[i]),
              "SUBMITTED",
              answersJson(answers(i, subdistrict[i])),
              submitted,
              2,
              created,
              submitted);
        }
      }
      try (CopyWriter w =
          copy(
              "survey_answers",
              "response_id, survey_id, question_key, item_key, ordinal, option_key, number_value,"
                  + " text_value")) {
        for (int i = 0; i < responses; i++) {
          UUID response = id("response", i);
          for (Answer a : answers(i, subdistrict[i])) {
            w.row(
                response,
                LARGE_SURVEY,
                a.question(),
                a.item(),
                a.ordinal(),
                a.option(),
                a.number(),
                a.text());
          }
        }
      }
    }

    // -------------------------------------------------------------------------- report

    Result report(long started, long loaded, long done) {
      Map<String, Long> rows = new LinkedHashMap<>();
      out.printf(
          "%nRegion generator: seed %d, scale %s, reference date %s%s%n",
          seed, o.scale(), o.today(), o.dryRun() ? " (dry run: rolled back)" : "");
      out.printf("%-34s %12s %9s%n", "table", "rows", "seconds");
      for (var e : stats.entrySet()) {
        rows.put(e.getKey(), e.getValue()[0]);
        out.printf("%-34s %,12d %9.2f%n", e.getKey(), e.getValue()[0], e.getValue()[1] / 1e9);
      }
      out.printf(
          "%-34s %12s %9.2f%n", "reads, checks, commit", "", (loaded - started) / 1e9 - sum(stats));
      if (!o.dryRun()) {
        out.printf("%-34s %12s %9.2f%n", "analyze", "", (done - loaded) / 1e9);
      }
      out.printf("%-34s %12s %9.2f%n", "TOTAL", "", (done - started) / 1e9);
      out.printf(
          "ambiti: %d (%d generated), plans: %d new (%d periods existed and were skipped)%n",
          districts.size(),
          districts.stream().filter(d -> d.generated).count(),
          plans.size(),
          skippedPlans);
      out.printf(
          "large ambito: %s %s (%d organisations)%nlarge plan:   %s (%d tables, %d sessions)%n"
              + "large survey: %s (%d responses)%n",
          large.code,
          large.id,
          large.orgs.size(),
          LARGE_PLAN,
          largePlan.tables.size(),
          largePlan.sessions,
          LARGE_SURVEY,
          rows.getOrDefault("survey_responses", 0L));
      String hex = HexFormat.of().formatHex(digest.digest());
      out.printf("data digest (SHA-256 of every byte sent): %s%n", hex);
      return new Result(0, hex, rows);
    }

    static double sum(Map<String, long[]> stats) {
      return stats.values().stream().mapToLong(s -> s[1]).sum() / 1e9;
    }

    static OffsetDateTime at(LocalDate day, int hour, int minute) {
      return day.atTime(LocalTime.of(hour, minute)).atZone(ROME).toOffsetDateTime();
    }

    static String provinceName(String code) {
      return switch (code) {
        case "BG" -> "Bergamo";
        case "BS" -> "Brescia";
        case "CO" -> "Como";
        case "CR" -> "Cremona";
        case "LC" -> "Lecco";
        case "LO" -> "Lodi";
        case "MB" -> "Monza e Brianza";
        case "MI" -> "Milano";
        case "MN" -> "Mantova";
        case "PV" -> "Pavia";
        case "SO" -> "Sondrio";
        case "VA" -> "Varese";
        default -> code;
      };
    }
  }
}
