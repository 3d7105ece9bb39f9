package it.zonale.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore drill of {@code ./zonale backup} and {@code ./zonale restore} (docs/operations.md): a
 * database with every migration and the demo data is dumped by the launcher, restored into an empty
 * database, and every table must hold the same rows (count and a hash of their contents). A second
 * restore into the now non-empty database is refused; with {@code --force} it wipes the database
 * (and a row added since) and restores again.
 *
 * <p>No Quarkus: its own throw-away PostgreSQL, so no scheduled job writes while the drill
 * compares. Needs pg_dump/pg_restore/psql of PostgreSQL 15 or newer on PATH (postgresql-client; the
 * launcher installs it when it may).
 */
class BackupRestoreDrillTest {

  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  private static EmbeddedPostgres postgres;

  @TempDir static Path dir;

  @BeforeAll
  static void startPostgresAndLoadDemoData() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("create database drill_source");
      s.execute("create database drill_target");
    }
    Flyway.configure()
        .dataSource(postgres.getJdbcUrl("postgres", "drill_source"), "postgres", "postgres")
        .locations("classpath:db/migration", "classpath:db/demo")
        .load()
        .migrate();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void backupRestoresTheSameRowsIntoAnEmptyDatabaseAndRefusesANonEmptyOneWithoutForce()
      throws Exception {
    Map<String, String> source = contents("drill_source");
    assertThat(source).containsKeys("public.flyway_schema_history", "public.participants");
    assertThat(source.get("public.participants")).doesNotStartWith("0 ");

    Path backup = dir.resolve("drill.dump");
    Result dump = zonale("drill_source", "backup", backup.toString());
    assertThat(dump.exitCode()).as(dump.output()).isZero();
    assertThat(backup).isNotEmptyFile();

    Result restore = zonale("drill_target", "restore", backup.toString());
    assertThat(restore.exitCode()).as(restore.output()).isZero();
    assertThat(contents("drill_target")).isEqualTo(source);

    execute("drill_target", "delete from flyway_schema_history where installed_rank = 1");
    Result refused = zonale("drill_target", "restore", backup.toString());
    assertThat(refused.exitCode()).as(refused.output()).isNotZero();
    assertThat(refused.output()).contains("is not empty", "--force");

    Result forced = zonale("drill_target", "restore", "--force", backup.toString());
    assertThat(forced.exitCode()).as(forced.output()).isZero();
    assertThat(contents("drill_target")).isEqualTo(source);
  }

  /** Per table: "rows md5-of-the-rows-in-order", so equal maps mean equal data. */
  private static Map<String, String> contents(String database) throws SQLException {
    Map<String, String> tables = new TreeMap<>();
    try (Connection c = connect(database);
        Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "select format('%I.%I', schemaname, tablename) from pg_tables"
                  + " where schemaname not in ('pg_catalog', 'information_schema')")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String name : names) {
        try (ResultSet rs =
            s.executeQuery(
                "select count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\\n' order by"
                    + " t::text)), '-') from "
                    + name
                    + " t")) {
          rs.next();
          tables.put(name, rs.getString(1));
        }
      }
    }
    return tables;
  }

  private static void execute(String database, String sql) throws SQLException {
    try (Connection c = connect(database);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(postgres.getJdbcUrl("postgres", database));
  }

  private record Result(int exitCode, String output) {}

  private static Result zonale(String database, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("bash", REPOSITORY.resolve("zonale").toString()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(dir, "zonale", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(REPOSITORY.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment()
        .putAll(
            Map.of(
                "ZONALE_DB_HOST", "localhost",
                "ZONALE_DB_PORT", String.valueOf(postgres.getPort()),
                "ZONALE_DB_NAME", database,
                "ZONALE_DB_USER", "postgres",
                "ZONALE_DB_PASSWORD", "postgres"));
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("./zonale " + String.join(" ", args) + " did not end in 120 s");
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
