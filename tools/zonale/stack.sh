# shellcheck shell=bash disable=SC2034,SC2153  # globals (STARTED, PIDS, LOGS...) live in zonale and the other files
# ./zonale up, down, status, reset, logs: the local stack as a whole (services.sh starts and stops
# each service).
# Sourced by ./zonale, which defines the paths, ports and timeouts; not run on its own.

print_banner() {
  local skip_api="$1"
  cat <<EOF

${C_BOLD}Zonale is running${C_OFF}
EOF
  if [[ "$skip_api" != 1 ]]; then
    cat <<EOF
  API             $API_URL          (health: $API_URL/q/health, contract: $API_URL/q/openapi)
  Metrics         http://localhost:$API_MGMT_PORT/q/metrics   (Prometheus; management interface, loopback only)
EOF
    if spa_wanted "$skip_api"; then
      echo "  SPA             $SPA_URL          (Italian by default; language switch in the header)"
    fi
  else
    cat <<EOF
  API             not started (ZONALE_SKIP_API=1); run it with: cd backend && ./mvnw quarkus:dev
EOF
  fi
  cat <<EOF
  Keycloak        $KC_URL          (admin console: $KC_URL/admin, admin / admin)
  Realm zonale    $KC_URL/realms/zonale   (account: $KC_URL/realms/zonale/account)
  PostgreSQL      jdbc:postgresql://localhost:$PG_PORT/zonale   (user zonale, password zonale)
                  psql postgresql://zonale:zonale@localhost:$PG_PORT/zonale
EOF
  if mail_wanted; then
    echo "  Mail catcher    $MAIL_URL          (every e-mail the API sends; SMTP localhost:$MAIL_SMTP_PORT)"
  fi
  cat <<EOF
  Logs            .local/logs/{postgres,keycloak,maildev,api}.log   (./zonale logs)

  A token for curl (client zonale-spa allows the password grant for demo use only):
    curl -s -d grant_type=password -d client_id=zonale-spa -d username=ufficio.casalasco \\
         -d password=Zonale-demo-2026 $KC_URL/realms/zonale/protocol/openid-connect/token

EOF
  if [[ -f "$DEMO_USERS" ]]; then cat "$DEMO_USERS"; echo; fi
}

check_ports_free() {
  local skip_api="$1" p busy=()
  local ports=("$PG_PORT" "$KC_PORT" "$KC_MGMT_PORT")
  [[ "$skip_api" == 1 ]] || ports+=("$API_PORT" "$API_MGMT_PORT")
  if mail_wanted; then ports+=("$MAIL_SMTP_PORT" "$MAIL_WEB_PORT"); fi
  if spa_wanted "$skip_api"; then ports+=("$SPA_PORT"); fi
  for p in "${ports[@]}"; do
    if port_open "$p"; then busy+=("$p"); fi
  done
  if (( ${#busy[@]} )); then
    err "port(s) ${busy[*]} already in use by another process (not started by ./zonale)."
    err "Find it with: ss -ltnp | grep -E ':(${busy[*]// /|})\\b'"
    exit 1
  fi
}

# The SPA is served (Vite dev server on :5173) once the frontend has one, unless ZONALE_SKIP_SPA=1.
spa_wanted() {
  [[ "$1" != 1 && "${ZONALE_SKIP_SPA:-0}" != 1 ]] && frontend_has_script dev
}

start_spa() {
  say "Starting the SPA on port $SPA_PORT (Vite dev server, API $API_URL)"
  start_service spa env VITE_API_URL="$API_URL" npm --prefix "$FRONTEND" run dev
}

cmd_up() {
  local detach=0
  while (( $# )); do
    case "$1" in
      -d|--detach) detach=1 ;;
      -h|--help) usage; return 0 ;;
      *) die "unknown option for up: $1 (see ./zonale help)" ;;
    esac
    shift
  done
  local skip_api="${ZONALE_SKIP_API:-0}"
  local t0=$SECONDS

  require_prerequisites
  mkdir -p "$PIDS" "$LOGS"

  # Already running?
  local s running=() stale=()
  for s in "${SERVICES[@]}"; do
    if service_running "$s"; then running+=("$s"); elif [[ -n "$(recorded_pid "$s")" ]]; then stale+=("$s"); fi
  done
  for s in "${stale[@]}"; do
    warn "$s was recorded as running but is gone (crashed or killed?): cleaning up its PID file"
    stop_service "$s"
  done
  if (( ${#running[@]} )); then
    err "already running: ${running[*]} (./zonale status; stop with ./zonale down)"
    exit 1
  fi
  check_ports_free "$skip_api"

  # Everything that can fail before anything runs.
  prepare_keycloak
  prepare_devpostgres
  prepare_maildev

  # From here on, a failure or a signal stops whatever this invocation started.
  trap 'echo; say "Interrupted: stopping"; stop_started; exit 130' INT
  trap 'echo; say "Terminated: stopping"; stop_started; exit 143' TERM
  trap 'rc=$?; if (( rc != 0 )) && (( ${#STARTED[@]} )); then say "up failed: stopping what it started"; stop_started; fi' EXIT

  start_postgres
  start_keycloak                       # boots while the API builds and starts (OIDC retries until it is up)
  if mail_wanted; then
    start_maildev
  fi
  if [[ "$skip_api" != 1 ]]; then
    build_api
  fi
  wait_healthy postgres "$PG_START_TIMEOUT"
  if mail_wanted; then
    wait_healthy maildev "$MAIL_START_TIMEOUT"
  fi
  if [[ "$skip_api" != 1 ]]; then
    start_api
  fi
  wait_healthy keycloak "$KC_START_TIMEOUT"
  file_sha256 "$REALM_JSON" >"$REALM_HASH_FILE"   # imported (or already there) with this realm file
  if [[ "$skip_api" != 1 ]]; then
    wait_healthy api "$API_START_TIMEOUT"
  fi
  if spa_wanted "$skip_api"; then
    frontend_install
    start_spa
    wait_healthy spa "$SPA_START_TIMEOUT"
  fi

  print_banner "$skip_api"
  say "Stack up in $(( SECONDS - t0 ))s"

  if (( detach )); then
    STARTED=()    # keep running; 'down' stops them by their recorded PIDs
    trap - INT TERM EXIT
    echo "Running in the background. Stop with: ./zonale down"
    return 0
  fi

  # Foreground: follow the logs until a signal arrives or a service exits.
  echo "Following the logs (.local/logs). Ctrl-C stops everything."
  local pids=() logs=() tail_pid
  for s in "${STARTED[@]}"; do pids+=("$(recorded_pid "$s")"); logs+=("$LOGS/$s.log"); done
  tail -n 0 -F --pid=$$ "${logs[@]}" 2>/dev/null &
  tail_pid=$!
  # shellcheck disable=SC2064
  trap "kill $tail_pid 2>/dev/null || true; echo; say 'Stopping'; stop_started; exit 130" INT
  # shellcheck disable=SC2064
  trap "kill $tail_pid 2>/dev/null || true; echo; say 'Stopping'; stop_started; exit 143" TERM
  trap - EXIT
  local rc=0
  wait -n "${pids[@]}" || rc=$?
  kill "$tail_pid" 2>/dev/null || true
  if [[ -e "$DOWN_MARKER" ]]; then
    echo; say "'./zonale down' is stopping the stack"
    local waited=0
    while [[ -e "$DOWN_MARKER" ]] && (( waited < STOP_TIMEOUT * 40 )); do sleep 0.25; waited=$((waited + 1)); done
    exit 0
  fi
  for s in "${STARTED[@]}"; do
    if ! service_running "$s"; then
      err "$s exited (status $rc); stopping the rest"
      log_tail "$s" 40
    fi
  done
  stop_started
  exit 1
}

cmd_down() {
  mkdir -p "$PIDS"
  say "Stopping the Zonale stack"
  touch "$DOWN_MARKER"      # tells a foreground 'up' that this is not a crash
  trap 'rm -f "$DOWN_MARKER"' EXIT
  if ! stop_all; then
    echo "    nothing was running (no PIDs recorded in .local/pids/)"
  fi
}

cmd_status() {
  local s pid state health any=0
  printf '%-10s %-10s %-22s %s\n' SERVICE PID STATE HEALTH
  for s in "${SERVICES[@]}"; do
    pid="$(recorded_pid "$s")"
    if [[ -z "$pid" ]]; then state="not started"
    elif group_alive "$pid"; then state="running"; any=1
    else state="gone (stale pid)"
    fi
    if service_healthy "$s"; then health="answers"; else health="-"; fi
    if [[ "$state" != running && "$health" == answers ]]; then health="port answers: NOT started by ./zonale"; fi
    printf '%-10s %-10s %-22s %s\n' "$s" "${pid:--}" "$state" "$health"
  done
  case "$any" in
    1) echo; echo "API $API_URL  Keycloak $KC_URL  PostgreSQL localhost:$PG_PORT  Mail $MAIL_URL" ;;
  esac
}

cmd_reset() {
  say "Reset: stopping the stack (if running)"
  stop_all >/dev/null || true
  say "Wiping the database (.local/pgdata) and Keycloak's data (data/h2)"
  rm -rf "$PGDATA" "$KC_HOME/data/h2" "$REALM_HASH_FILE"
  ok "done; downloads kept. './zonale up' starts from fresh demo data."
}

cmd_logs() {
  local names=("${@:-}")
  [[ -z "${names[0]}" ]] && names=("${SERVICES[@]}")
  local files=() n
  for n in "${names[@]}"; do
    case "$n" in postgres|keycloak|maildev|api|api-build) ;; *) die "unknown log: $n (postgres, keycloak, maildev, api, api-build)";; esac
    files+=("$LOGS/$n.log")
  done
  exec tail -n 50 -F "${files[@]}"
}
