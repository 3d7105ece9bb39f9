# shellcheck shell=bash
# ./zonale: the services of the local stack, one by one: preparing them (downloads, builds), starting,
# waiting for their health check, stopping.
# Sourced by ./zonale, which defines the paths, ports and timeouts; not run on its own.

# ---------------------------------------------------------------------------------------------------
# Preparation (downloads, builds)
# ---------------------------------------------------------------------------------------------------
prepare_keycloak() {
  if [[ ! -x "$KC_HOME/bin/kc.sh" ]]; then
    say "Downloading and unpacking Keycloak $KC_VERSION into .local/ (Maven Central, ~180 MB, once)"
    mkdir -p "$LOCAL"
    mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$LOCAL" \
      -Dmdep.overWriteReleases=true -DmarkersDirectory="$LOCAL/.unpack-markers" \
      || die "could not download/unpack Keycloak $KC_VERSION"
    [[ -f "$KC_HOME/bin/kc.sh" ]] || die "Keycloak unpacked, but $KC_HOME/bin/kc.sh is missing"
    chmod +x "$KC_HOME"/bin/*.sh
  fi
  # Keycloak imports a realm only if it does not exist yet: when the realm JSON changed since the last
  # import, drop Keycloak's database so that the new file is imported.
  local want have=""
  want="$(file_sha256 "$REALM_JSON")"
  [[ -f "$REALM_HASH_FILE" ]] && have="$(cat "$REALM_HASH_FILE")"
  if [[ "$want" != "$have" && -d "$KC_HOME/data/h2" ]]; then
    say "Realm JSON changed since the last import: wiping Keycloak's data/h2 so it re-imports"
    rm -rf "$KC_HOME/data/h2"
  fi
  mkdir -p "$KC_HOME/data/import"
  rm -f "$KC_HOME"/data/import/*.json
  cp "$REALM_JSON" "$KC_HOME/data/import/zonale-realm.json"
}

# The mail catcher is wanted unless ZONALE_SKIP_MAIL=1; it needs Node/npm (as the SPA does).
mail_wanted() {
  [[ "${ZONALE_SKIP_MAIL:-0}" != 1 ]]
}

prepare_maildev() {
  mail_wanted || return 0
  if [[ -x "$MAILDEV_BIN" ]] && grep -q "\"version\": \"$MAILDEV_VERSION\"" \
      "$MAILDEV_HOME/node_modules/maildev/package.json" 2>/dev/null; then
    return 0
  fi
  command -v npm >/dev/null 2>&1 \
    || die "the mail catcher needs Node.js and npm (or skip it: ZONALE_SKIP_MAIL=1 ./zonale up)"
  say "Installing the mail catcher maildev $MAILDEV_VERSION into .local/maildev (npm, once)"
  mkdir -p "$MAILDEV_HOME"
  npm install --prefix "$MAILDEV_HOME" --no-audit --no-fund --loglevel=error "maildev@$MAILDEV_VERSION" \
    || die "could not install maildev $MAILDEV_VERSION (npm)"
  [[ -f "$MAILDEV_BIN" ]] || die "maildev installed, but $MAILDEV_BIN is missing"
}

# The PostgreSQL launcher (DevPostgres) is a tool of its own in tools/devstack, with its own Maven
# build independent of backend/, so the database starts even while the API does not compile. Built
# when its sources changed; run with plain java on the classpath the build wrote (target/classpath.txt).
prepare_devpostgres() {
  local stamp="$DEVSTACK_TARGET/.built-from-sources"
  if [[ -f "$stamp" && -s "$DEVSTACK_TARGET/classpath.txt" && -d "$DEVSTACK_TARGET/classes" \
        && -z "$(find "$DEVSTACK_DIR/pom.xml" "$DEVSTACK_DIR/src" -newer "$stamp" -print -quit)" ]]; then
    return 0
  fi
  say "Building the PostgreSQL launcher (tools/devstack, Maven)"
  mkdir -p "$DEVSTACK_TARGET"
  local stamp_new="$DEVSTACK_TARGET/.build-started"
  touch "$stamp_new"     # sources edited during the build make the next 'up' rebuild
  mvnw -B -q -f "$DEVSTACK_DIR/pom.xml" process-classes \
    || die "could not build the PostgreSQL launcher in tools/devstack (see the Maven output above)"
  mv "$stamp_new" "$stamp"
}

# The API is built with the demo profile: some properties are fixed at build time (quarkus.flyway.locations,
# which adds db/demo under %demo), so a jar built for prod would run "-Dquarkus.profile=demo" without
# its demo data. The built application is copied to .local/api/ and run from there, so that later
# builds in backend/target (./zonale test, an IDE, mvnw) cannot change it under the running API and
# cannot leave a prod build where 'up' expects a demo build.
API_BUILD_STAMP="$LOCAL/api/.built-from-sources"

api_needs_build() {
  [[ -f "$API_JAR" && -f "$API_BUILD_STAMP" ]] || return 0
  # Only what goes into the jar: a change under src/test does not need a rebuild.
  [[ -n "$(find "$BACKEND/src/main" "$BACKEND/pom.xml" -newer "$API_BUILD_STAMP" -print -quit)" ]]
}

build_api() {
  if api_needs_build; then
    say "Building the API for the demo profile (mvnw package, tests skipped; log: .local/logs/api-build.log)"
    local stamp_new="$LOCAL/.api-build-started"
    touch "$stamp_new"     # sources edited during the build make the next 'up' rebuild
    # -Dmaven.test.skip=true rather than -DskipTests: the tests are not even compiled, so the API starts
    # while a test does not compile. './zonale test' runs them.
    if ! mvnw -B -q package -Dmaven.test.skip=true -Dquarkus.profile=demo >"$LOGS/api-build.log" 2>&1; then
      log_tail api-build 60
      err "the API does not build (full log: .local/logs/api-build.log)."
      err "To run only PostgreSQL and Keycloak meanwhile: ZONALE_SKIP_API=1 ./zonale up"
      return 1
    fi
    [[ -f "$BACKEND/target/quarkus-app/quarkus-run.jar" ]] \
      || { err "the build succeeded but backend/target/quarkus-app/quarkus-run.jar is missing"; return 1; }
    rm -rf "$LOCAL/api"
    cp -a "$BACKEND/target/quarkus-app" "$LOCAL/api"
    mv "$stamp_new" "$API_BUILD_STAMP"
  else
    ok "API build is up to date (.local/api, demo profile)"
  fi
}

# ---------------------------------------------------------------------------------------------------
# Starting and stopping
# ---------------------------------------------------------------------------------------------------
STARTED=()        # services started by this invocation (to clean up on failure / signal)

# start_service NAME COMMAND...: runs COMMAND in a new session (own process group), output to its log.
start_service() {
  local name="$1"; shift
  local log="$LOGS/$name.log"
  [[ -f "$log" ]] && mv -f "$log" "$log.1"
  printf '# %s: started by ./zonale up at %s\n' "$name" "$(date -Is)" >"$log"
  setsid "$@" >>"$log" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$(pidfile "$name")"
  STARTED+=("$name")
  # setsid runs the command in place when it is not a group leader (our case), so $! leads the new group.
  local pgid
  pgid="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ' || true)"
  if [[ -n "$pgid" && "$pgid" != "$pid" ]]; then
    warn "$name: expected process group $pid, got $pgid"
  fi
}

start_postgres() {
  say "Starting PostgreSQL on port $PG_PORT (data: .local/pgdata)"
  mkdir -p "$PGDATA"
  local args=("--port=$PG_PORT" "--data-dir=$PGDATA" "--database=zonale" "--user=zonale" "--password=zonale")
  start_service postgres java -Xmx128m \
    -cp "$DEVSTACK_TARGET/classes:$(cat "$DEVSTACK_TARGET/classpath.txt")" \
    it.zonale.devstack.DevPostgres "${args[@]}"
}

start_keycloak() {
  local jh; jh="$(keycloak_java_home)"
  say "Starting Keycloak $KC_VERSION on port $KC_PORT (Java: $jh)"
  start_service keycloak env \
    JAVA_HOME="$jh" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --hostname="$KC_URL" --import-realm
}

start_maildev() {
  say "Starting the mail catcher maildev (SMTP :$MAIL_SMTP_PORT, web $MAIL_URL)"
  # Bound to the loopback only: the catcher has no login, and mails may carry personal data.
  start_service maildev node "$MAILDEV_BIN" --smtp "$MAIL_SMTP_PORT" --web "$MAIL_WEB_PORT" \
    --ip 127.0.0.1 --mail-directory "$LOCAL/maildev-mails"
}

start_api() {
  say "Starting the API on port $API_PORT (profile demo)"
  start_service api env \
    ZONALE_SMTP_HOST=localhost ZONALE_SMTP_PORT="$MAIL_SMTP_PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/zonale" \
    QUARKUS_DATASOURCE_USERNAME=zonale QUARKUS_DATASOURCE_PASSWORD=zonale \
    QUARKUS_OIDC_AUTH_SERVER_URL="$KC_URL/realms/zonale" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$API_MGMT_PORT" \
    java -Dquarkus.profile=demo -jar "$API_JAR"
}

# wait_healthy NAME TIMEOUT: waits until NAME answers its health check; fails if its process exits.
wait_healthy() {
  local name="$1" timeout="$2" pid start=$SECONDS
  pid="$(recorded_pid "$name")"
  while :; do
    if [[ "$name" == postgres ]]; then
      grep -q "$PG_READY_MARKER" "$LOGS/postgres.log" 2>/dev/null && port_open "$PG_PORT" && break
    elif service_healthy "$name"; then
      break
    fi
    if ! pid_alive "$pid"; then
      log_tail "$name" 60
      err "$name exited before it was ready (log: .local/logs/$name.log)"
      if [[ "$name" == api ]] && grep -q 'FlywayValidateException' "$LOGS/api.log" 2>/dev/null; then
        err "The database does not match the migrations (edited or inserted ones?). Start from fresh"
        err "demo data with: ./zonale reset && ./zonale up"
      fi
      return 1
    fi
    if (( SECONDS - start >= timeout )); then
      log_tail "$name" 60
      err "$name did not answer its health check within ${timeout}s (log: .local/logs/$name.log)"
      return 1
    fi
    sleep 1
  done
  ok "$name is ready ($(( SECONDS - start ))s)"
}

# stop_service NAME: SIGTERM to its process group, wait, SIGKILL after STOP_TIMEOUT.
stop_service() {
  local name="$1" pid
  pid="$(recorded_pid "$name")"
  if [[ -z "$pid" ]]; then
    return 0
  fi
  if group_alive "$pid"; then
    printf '    stopping %s (process group %s)... ' "$name" "$pid"
    kill -TERM -- "-$pid" 2>/dev/null || true
    local waited=0
    while group_alive "$pid" && (( waited < STOP_TIMEOUT * 10 )); do
      sleep 0.1; waited=$((waited + 1))
    done
    if group_alive "$pid"; then
      printf 'still running after %ss, sending SIGKILL... ' "$STOP_TIMEOUT"
      kill -KILL -- "-$pid" 2>/dev/null || true
      waited=0
      while group_alive "$pid" && (( waited < 50 )); do sleep 0.1; waited=$((waited + 1)); done
    fi
    if group_alive "$pid"; then echo "FAILED"; else echo "stopped"; fi
  fi
  # PostgreSQL's postmaster detaches into its own session (pg_ctl); normally DevPostgres stops it on
  # SIGTERM. If DevPostgres had to be killed, stop the postmaster it recorded in the data directory.
  if [[ "$name" == postgres ]]; then
    stop_orphan_postmaster
  fi
  rm -f "$(pidfile "$name")"
}

stop_orphan_postmaster() {
  local pm
  pm="$(head -n1 "$PGDATA/postmaster.pid" 2>/dev/null | tr -dc '0-9' || true)"
  [[ -n "$pm" ]] && pid_alive "$pm" || return 0
  [[ "$(readlink "/proc/$pm/exe" 2>/dev/null || true)" == */bin/postgres ]] || return 0
  printf '    stopping orphaned PostgreSQL postmaster (pid %s)... ' "$pm"
  kill -INT "$pm" 2>/dev/null || true          # SIGINT = fast shutdown
  local waited=0
  while pid_alive "$pm" && (( waited < STOP_TIMEOUT * 10 )); do sleep 0.1; waited=$((waited + 1)); done
  if pid_alive "$pm"; then kill -KILL "$pm" 2>/dev/null || true; fi
  echo "done"
}

stop_all() {
  local i any=0
  for (( i=${#SERVICES[@]}-1; i>=0; i-- )); do
    if [[ -n "$(recorded_pid "${SERVICES[i]}")" ]]; then any=1; fi
    stop_service "${SERVICES[i]}"
  done
  return $(( any == 0 ))
}

# Called on failure or signal during/after 'up': stops only what this invocation started.
stop_started() {
  local i
  for (( i=${#STARTED[@]}-1; i>=0; i-- )); do
    stop_service "${STARTED[i]}"
  done
  STARTED=()
}
