# shellcheck shell=bash
# ./zonale generate and ./zonale bench: sourced by the launcher, which defines ROOT, BACKEND, LOCAL,
# the ports and the service helpers (start_service, stop_service, wait_healthy, build_api, cmd_up...).
# The bench's own files (wrk scripts, SQL capture, report, nginx template) stay in backend/bench.
#
# The bench measures the production build (quarkus-run.jar, not dev mode) on the region data set,
# on this machine's loopback only, with bounded runs: wrk for the API, pgbench for the same SQL.
# It reports against the goals of issue 8 and never fails because a goal is missed.

BENCH_SRC="$BACKEND/bench"
BENCH_DIR="$LOCAL/bench"
BENCH_DB=zonale_bench
BENCH_LB_PORT=8088
BENCH_SMTP_PORT=2525
BENCH_FIRST_API_PORT=8081
BENCH_LIGHTHOUSE_VERSION=12.8.2
BENCH_LARGE_PLAN=${ZONALE_BENCH_PLAN:-b8000000-0000-4000-8000-000000000001}
BENCH_LARGE_SURVEY=${ZONALE_BENCH_SURVEY:-c8000000-0000-4000-8000-000000000001}
BENCH_WRITER=ets.odv                 # demo user (organisation 0a…08, ambito Cremasco) for the writes
BENCH_PASSWORD=Zonale-demo-2026
# The JVM options of a replica: a heap sized for the RSS goal (< 300 MB), as the Kubernetes
# Deployment in backend/deploy sets them.
BENCH_JAVA_OPTS=${ZONALE_BENCH_JAVA_OPTS:--Xmx160m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k}

bench_usage() {
  cat <<EOF
Usage:
  ./zonale generate [--scale X] [--seed N]
      (Re)creates the database $BENCH_DB on the local PostgreSQL (:$PG_PORT), migrates it with the demo data,
      and loads the region data set (1,502 comuni in ~90 ambiti, 20,000 organisations, 3 plans per ambito,
      ~1,000 tables, ~10,000 sessions, 200,000 registrations, 10,000 survey responses with 200,000 answers).
      Prints the time it takes. --scale 0.1 makes a tenth of it.
  ./zonale bench [--replicas N] [--duration S] [--connections C] [--reuse-data] [--no-lighthouse]
                 [--datasets-only]
      Starts N (default 1) API processes of the production build on $BENCH_DB (behind nginx when N > 1),
      and prints one table: throughput and p50/p95/p99 latency per scenario with wrk, the same SQL with
      pgbench (ratio), start-to-ready time and RSS, SPA initial JS and Lighthouse mobile scores, each
      beside its goal. Default: ${BENCH_DURATION_DEFAULT}s per run, ${BENCH_CONNECTIONS_DEFAULT} connections. --reuse-data keeps an already
      generated $BENCH_DB. The table is also written to backend/docs/performance.md. It also prints the
      download time and the replica's peak RSS of the largest open dataset; --datasets-only measures
      only that (one replica, no SPA build, no load).
EOF
}
BENCH_DURATION_DEFAULT=10
BENCH_CONNECTIONS_DEFAULT=16

# --------------------------------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------------------------------
bench_prereqs() {
  local missing=() cmd pkg
  for pair in wrk:wrk nginx:nginx-light pgbench:postgresql-client psql:postgresql-client \
              chromium:chromium python3:python3 curl:curl; do
    cmd="${pair%%:*}"; pkg="${pair#*:}"
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
  done
  (( ${#missing[@]} )) || return 0
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  local sudo=()
  if (( EUID != 0 )); then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n)
    else die "the bench needs: ${missing[*]} (apt-get install -y --no-install-recommends ${missing[*]})"; fi
  fi
  say "Installing ${missing[*]} (apt-get)"
  "${sudo[@]}" apt-get update -qq </dev/null
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null \
    || die "could not install ${missing[*]}"
}

bench_psql() { PGPASSWORD=zonale psql -h localhost -p "$PG_PORT" -U zonale -d "$BENCH_DB" -qAt -v ON_ERROR_STOP=1 "$@"; }
bench_admin() { psql -h localhost -p "$PG_PORT" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 "$@"; }

# The generator is plain Java against the JDBC driver (backend/src/test/java/it/zonale/bench), compiled
# on its own against the backend's test classpath, so it runs even while the main sources do not compile.
BENCH_CLASSPATH="$BENCH_DIR/classpath.txt"
bench_prepare_generator() {
  mkdir -p "$BENCH_DIR"
  if [[ ! -s "$BENCH_CLASSPATH" || "$BACKEND/pom.xml" -nt "$BENCH_CLASSPATH" ]]; then
    say "Resolving the backend's test classpath (for the region generator)"
    mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$BENCH_CLASSPATH" || die "could not resolve the backend's test classpath"
    touch "$BENCH_CLASSPATH"   # the plugin leaves an unchanged file untouched
  fi
  local classes="$BENCH_DIR/generator-classes" src newer=""
  if [[ -d "$classes" ]]; then
    newer="$(find "$BACKEND/src/test/java/it/zonale/bench" -name '*.java' -newer "$classes" -print -quit)"
  fi
  if [[ ! -d "$classes" || -n "$newer" || "$BENCH_CLASSPATH" -nt "$classes" ]]; then
    rm -rf "$classes"; mkdir -p "$classes"
    mapfile -t src < <(find "$BACKEND/src/test/java/it/zonale/bench" -name '*.java' ! -name '*Test.java')
    javac --release 17 -nowarn -d "$classes" -cp "$(cat "$BENCH_CLASSPATH")" "${src[@]}" \
      || { rm -rf "$classes"; die "could not compile the region generator"; }
  fi
}

# Starts PostgreSQL and Keycloak unless they already run (from 'up'); returns 0 if it started them.
BENCH_STARTED_STACK=0
bench_stack() {
  if port_open "$PG_PORT" && http_ok "$KC_HEALTH_URL"; then
    ok "PostgreSQL and Keycloak already run: using them"
    return 0
  fi
  say "Starting PostgreSQL and Keycloak for the bench"
  ( ZONALE_SKIP_API=1 ZONALE_SKIP_SPA=1 ZONALE_SKIP_MAIL=1 cmd_up -d ) || die "could not start PostgreSQL and Keycloak"
  BENCH_STARTED_STACK=1
}

# bench_api NAME PORT: starts one API process of the production build on the bench database.
bench_api() {
  local name="$1" port="$2"
  # shellcheck disable=SC2086  # BENCH_JAVA_OPTS is a list of options
  start_service "$name" env \
    QUARKUS_HTTP_PORT="$port" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$(( port + 1000 ))" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/$BENCH_DB" \
    QUARKUS_DATASOURCE_USERNAME=zonale QUARKUS_DATASOURCE_PASSWORD=zonale \
    QUARKUS_OIDC_AUTH_SERVER_URL="$KC_URL/realms/zonale" \
    ZONALE_SPA_ORIGINS="http://localhost:$BENCH_LB_PORT" \
    ZONALE_SMTP_HOST=127.0.0.1 ZONALE_SMTP_PORT="$BENCH_SMTP_PORT" ZONALE_SMTP_STARTTLS=DISABLED \
    ZONALE_NOTIFICATION_DELIVER_EVERY=2s \
    ZONALE_RATE_LIMIT_PER_MINUTE=1000000000 \
    MALLOC_ARENA_MAX=2 \
    java $BENCH_JAVA_OPTS -Dquarkus.profile=demo -jar "$API_JAR"
}

# bench_wait_ready PORT TIMEOUT_S: prints the milliseconds until /q/health/ready answered 200.
bench_wait_ready() {
  local port="$1" timeout="$2" t0 now
  t0=$(date +%s%N)
  while true; do
    if curl -fsS -o /dev/null --max-time 1 "http://localhost:$port/q/health/ready" 2>/dev/null; then
      now=$(date +%s%N); echo $(( (now - t0) / 1000000 )); return 0
    fi
    now=$(date +%s%N)
    (( (now - t0) / 1000000000 < timeout )) || return 1
    sleep 0.02
  done
}

# --------------------------------------------------------------------------------------------------
# ./zonale generate
# --------------------------------------------------------------------------------------------------
cmd_generate() {
  local scale=1 seed=42
  while (( $# )); do
    case "$1" in
      --scale) scale="$2"; shift ;;
      --seed) seed="$2"; shift ;;
      -h|--help) bench_usage; return 0 ;;
      *) die "unknown option for generate: $1" ;;
    esac
    shift
  done
  require_prerequisites
  mkdir -p "$PIDS" "$LOGS" "$BENCH_DIR"
  command -v psql >/dev/null 2>&1 || bench_prereqs
  trap 'stop_service bench-migrate; (( BENCH_STARTED_STACK )) && cmd_down' EXIT
  bench_stack
  bench_generate "$scale" "$seed"
  trap - EXIT
  (( BENCH_STARTED_STACK )) && cmd_down
  return 0
}

bench_generate() {
  local scale="$1" seed="$2"
  build_api || die "the API does not build"
  bench_prepare_generator
  say "Recreating database $BENCH_DB and migrating it (Flyway, with the demo data)"
  bench_admin -c "drop database if exists $BENCH_DB with (force)" -c "create database $BENCH_DB owner zonale"
  bench_api bench-migrate "$BENCH_FIRST_API_PORT"
  bench_wait_ready "$BENCH_FIRST_API_PORT" "$API_START_TIMEOUT" >/dev/null \
    || { log_tail bench-migrate; die "the API did not migrate $BENCH_DB"; }
  stop_service bench-migrate
  say "Generating the region (scale $scale, seed $seed)"
  java -Xmx1g -cp "$BENCH_DIR/generator-classes:$(cat "$BENCH_CLASSPATH")" it.zonale.bench.RegionGenerator \
    "--url=jdbc:postgresql://localhost:$PG_PORT/$BENCH_DB" --user=zonale --password=zonale \
    "--seed=$seed" "--scale=$scale" | tee "$BENCH_DIR/generate.log" \
    || die "the generator failed"
  bench_psql -f "$BENCH_SRC/prepare-writes.sql" >/dev/null
  psql -h localhost -p "$PG_PORT" -U postgres -d "$BENCH_DB" -qAt -c "vacuum analyze" >/dev/null
  echo "$scale $seed" >"$BENCH_DIR/generated"
  ok "database $BENCH_DB is ready"
}

# --------------------------------------------------------------------------------------------------
# ./zonale bench
# --------------------------------------------------------------------------------------------------
BENCH_REPLICAS=1
BENCH_NAMES=()      # services this bench started (stopped on exit)

bench_stop() {
  local i
  for (( i=${#BENCH_NAMES[@]}-1; i>=0; i-- )); do stop_service "${BENCH_NAMES[i]}"; done
  BENCH_NAMES=()
  bench_admin -c "alter system reset log_statement" -c "alter system reset log_line_prefix" \
    -c "select pg_reload_conf()" >/dev/null 2>&1 || true
  if (( BENCH_STARTED_STACK )); then cmd_down; fi
}

bench_token() {
  curl -fsS --max-time 20 -d grant_type=password -d client_id=zonale-spa -d "username=$BENCH_WRITER" \
    -d "password=$BENCH_PASSWORD" "$KC_URL/realms/zonale/protocol/openid-connect/token" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))'
}

# The scenarios: name | what the table calls it | kind (read/register/update) | path | auth (anon/token)
bench_scenarios() {
  printf '%s\n' \
    "plans|Public plan list (page of 20)|read|/api/v1/plans?limit=20|anon" \
    "calendar|Session calendar of the large plan, 3 months|read|/api/v1/plans/$BENCH_LARGE_PLAN/sessions?from=2025-03-01T00:00:00Z&to=2025-06-01T00:00:00Z&limit=100|anon" \
    "matrix|Table x policy-area matrix of the large plan|read|/api/v1/plans/$BENCH_LARGE_PLAN/tables/matrix|anon" \
    "synthesis|Survey synthesis, 10,000 responses (public view)|read|/api/v1/surveys/$BENCH_LARGE_SURVEY/synthesis|anon" \
    "organizations|Organisations register, page of 20 (signed in)|read|/api/v1/organizations?limit=20|token" \
    "register|Registration write|register|/api/v1/sessions/{session}/participants|token" \
    "update|Versioned update of a participant|update|/api/v1/participants/{id}|token"
}

bench_update_targets() {   # the API's 64 participants to edit, with their current version
  bench_psql -F';' -c "select p.id, p.email, p.version from participants p
     where p.email like 'prova.modifiche.%@example.org' order by p.email" >"$BENCH_DIR/targets/update-participants.txt"
}

# Captures the SQL of one request per scenario (log_statement = 'all' for a moment) and writes the
# pgbench scripts into .local/bench/pgbench/.
bench_capture() {
  local base="$1" token="$2" log="$LOGS/postgres.log" name label kind path auth
  mkdir -p "$BENCH_DIR/pgbench"
  bench_admin -c "alter system set log_statement = 'all'" -c "alter system set log_line_prefix = '%m [%p] %d '" \
    -c "select pg_reload_conf()" >/dev/null
  sleep 0.5
  local sid pid uid uemail uversion
  sid="$(sed -n 1p "$BENCH_DIR/targets/register-sessions.txt")"
  pid="$(sed -n 1p "$BENCH_DIR/targets/register-participants.txt")"
  IFS=';' read -r uid uemail uversion < <(sed -n 1p "$BENCH_DIR/targets/update-participants.txt")
  while IFS='|' read -r name label kind path auth; do
    local hdr=(-H 'Accept: application/json')
    [[ "$auth" == token ]] && hdr+=(-H "Authorization: Bearer $token")
    # A read is captured at its second request: the steady state the load measures (the synthesis,
    # for one, is computed once and then served while its freshness key is unchanged).
    # With replicas, nginx takes turns: one warm-up request per replica (and one more).
    if [[ "$kind" == read ]]; then
      local r; for (( r=0; r<=BENCH_REPLICAS; r++ )); do curl -fsS -o /dev/null "${hdr[@]}" "$base$path"; done
    fi
    bench_psql -c "select 'zonale-bench-capture:$name:begin'" >/dev/null
    case "$kind" in
      read) curl -fsS -o /dev/null "${hdr[@]}" "$base$path" ;;
      register) curl -fsS -o /dev/null "${hdr[@]}" -H 'Content-Type: application/json' \
                  -d "{\"participantId\":\"$pid\"}" "$base/api/v1/sessions/$sid/participants" ;;
      update) curl -fsS -o /dev/null "${hdr[@]}" -H 'Content-Type: application/json' -X PUT \
                -d "{\"fullName\":\"Persona di prova\",\"organizationRole\":\"Referente\",\"email\":\"$uemail\",\"version\":$uversion}" \
                "$base/api/v1/participants/$uid" ;;
    esac || die "the capture request of $name failed"
    sleep 0.3   # the API has logged its last statement before the end marker
    bench_psql -c "select 'zonale-bench-capture:$name:end'" >/dev/null
    local target="$pid"; [[ "$kind" == update ]] && target="$uid"
    node "$BENCH_SRC/capture-sql.mjs" --log "$log" --name "$name" --db "$BENCH_DB" --mode "$kind" \
      --session "$sid" --participant "$target" --email "$uemail" --version "$uversion" \
      --out "$BENCH_DIR/pgbench/$name.sql" >"$BENCH_DIR/pgbench/$name.json" \
      || die "could not turn the SQL of $name into a pgbench script"
  done < <(bench_scenarios)
  bench_admin -c "alter system reset log_statement" -c "alter system reset log_line_prefix" \
    -c "select pg_reload_conf()" >/dev/null
  # The capture used the first pair (the wrk runs start after it) and gave one participant a new version.
  BENCH_OFFSET=1
  bench_update_targets
}

# bench_wrk NAME PHASE URL LUA THREADS CONNECTIONS DURATION [DELAY_MS]: appends one JSON line to the
# results and leaves it in BENCH_LAST. Writes advance BENCH_OFFSET past the (session, participant) pairs
# they used (so it must not run in a subshell).
bench_wrk() {
  local name="$1" phase="$2" url="$3" lua="$4" threads="$5" conns="$6" dur="$7" delay="${8:-0}" out
  out="$(BENCH_LUA_DIR="$BENCH_SRC/wrk" BENCH_TARGETS="$BENCH_DIR/targets" BENCH_THREADS="$threads" \
    BENCH_OFFSET="${BENCH_OFFSET:-0}" BENCH_DELAY_MS="$delay" BENCH_TOKEN="${BENCH_TOKEN:-}" \
    wrk -t "$threads" -c "$conns" -d "${dur}s" --timeout 10s -s "$BENCH_SRC/wrk/$lua" "$url" | grep '^{')" \
    || die "wrk failed for $name"
  echo "{\"scenario\":\"$name\",\"phase\":\"$phase\",\"replicas\":$BENCH_REPLICAS,\"connections\":$conns,\"threads\":$threads,\"delayMs\":$delay,${out#\{}" \
    >>"$BENCH_RESULTS"
  # Request i of thread t took pair offset + i * threads + t: the next run starts past the busiest thread.
  local most; most="$(node -e 'console.log(JSON.parse(process.argv[1]).maxSentPerThread)' "$out")"
  BENCH_OFFSET=$(( ${BENCH_OFFSET:-0} + (most + 1) * threads ))
  BENCH_LAST="$out"
}

# bench_datasets BASE PID: the open data (issue 23). Downloads every dataset of the region, of the large
# plan's ambito and of the large plan once in CSV, takes the largest, then downloads it three times in
# CSV and in JSON while sampling the replica's RSS every 10 ms; prints and records the median time, the
# size, and the replica's RSS before and at its peak (the datasets are streamed: the peak should not
# grow with the dataset).
bench_datasets() {
  local base="$1" pid="$2" district list url key bytes best=0 best_url="" fmt i t rss peak before times
  district="$(bench_psql -c "select district_id from plans where id = '$BENCH_LARGE_PLAN'")"
  list="$(for q in "districtId=$district" "planId=$BENCH_LARGE_PLAN"; do
      curl -fsS --max-time 60 "$base/api/v1/datasets?$q"; echo; done \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const u=new Set();
        for (const l of s.split("\n").filter(Boolean)) for (const d of JSON.parse(l).items)
          for (const x of d.distributions) if (x.format === "CSV") u.add(x.url);
        console.log([...u].join("\n"))})')" || { warn "no dataset list: open data not measured"; return 0; }
  while read -r url; do
    [[ -n "$url" ]] || continue
    bytes="$(curl -fsS --max-time 300 -o /dev/null -w '%{size_download}' "$url")" || { warn "failed: $url"; continue; }
    if (( bytes > best )); then best=$bytes; best_url="$url"; fi
  done <<<"$list"
  [[ -n "$best_url" ]] || { warn "no dataset answered: open data not measured"; return 0; }
  key="${best_url##*/datasets/}"; key="${key%%\?*}"
  for fmt in CSV JSON; do
    url="${best_url%format=CSV}format=$fmt"
    times=()
    before="$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")"
    peak=$before
    for i in 1 2 3; do
      curl -fsS --max-time 300 -o /dev/null -w '%{time_total} %{size_download}\n' "$url" >"$BENCH_DIR/dataset-curl" &
      local cpid=$!
      while kill -0 "$cpid" 2>/dev/null; do
        rss="$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null)"
        (( ${rss:-0} > peak )) && peak=$rss
        sleep 0.01
      done
      wait "$cpid" || { warn "download failed: $url"; return 0; }
      read -r t bytes <"$BENCH_DIR/dataset-curl"
      times+=("$t")
    done
    t="$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)"
    echo "  open data, largest dataset '$key' ($fmt, $bytes bytes): ${t} s (median of 3);" \
      "replica RSS $(( before / 1024 )) MB before, $(( peak / 1024 )) MB at its peak"
    bench_meta "\"dataset$fmt\":{\"key\":\"$key\",\"bytes\":$bytes,\"s\":$t,\"rssBeforeKb\":$before,\"rssPeakKb\":$peak}"
  done
}

bench_pgbench() {
  local name="$1" kind="$2" conns="$3" dur="$4" mode=prepared out tps lat failed statements
  [[ "$kind" == read ]] || mode=simple   # the write scripts substitute values inside JSON literals
  out="$(PGPASSWORD=zonale pgbench -h localhost -p "$PG_PORT" -U zonale -n -M "$mode" -c "$conns" -j 2 \
    -T "$dur" -f "$BENCH_DIR/pgbench/$name.sql" "$BENCH_DB" 2>&1)" || { echo "$out" >&2; die "pgbench failed for $name"; }
  tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out")"
  lat="$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")"
  failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$out")"
  statements="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).statements)' "$BENCH_DIR/pgbench/$name.json")"
  echo "{\"scenario\":\"$name\",\"phase\":\"pgbench\",\"replicas\":$BENCH_REPLICAS,\"connections\":$conns,\"mode\":\"$mode\",\"tps\":${tps:-0},\"latencyMs\":${lat:-0},\"failed\":${failed:-0},\"statements\":${statements:-0}}" >>"$BENCH_RESULTS"
  echo "pgbench: ${tps:-?} tps ($mode, $conns clients, $statements statements per request, ${failed:-?} failed)"
}

bench_meta() { echo "{\"phase\":\"meta\",\"replicas\":$BENCH_REPLICAS,$1}" >>"$BENCH_RESULTS"; }

cmd_bench() {
  local duration=$BENCH_DURATION_DEFAULT conns=$BENCH_CONNECTIONS_DEFAULT reuse=0 lighthouse=1 datasets_only=0
  while (( $# )); do
    case "$1" in
      --replicas) BENCH_REPLICAS="$2"; shift ;;
      --duration) duration="$2"; shift ;;
      --connections) conns="$2"; shift ;;
      --reuse-data) reuse=1 ;;
      --no-lighthouse) lighthouse=0 ;;
      --datasets-only) datasets_only=1 ;;
      -h|--help) bench_usage; return 0 ;;
      *) die "unknown option for bench: $1 (./zonale bench --help)" ;;
    esac
    shift
  done
  [[ "$BENCH_REPLICAS" =~ ^[1-4]$ ]] || die "--replicas takes 1 to 4"
  [[ "$duration" =~ ^[0-9]+$ ]] && (( duration >= 3 && duration <= 120 )) || die "--duration takes 3 to 120 seconds"
  [[ "$conns" =~ ^[0-9]+$ ]] && (( conns >= 1 && conns <= 64 )) || die "--connections takes 1 to 64"
  local i port t0=$SECONDS
  require_prerequisites
  if (( datasets_only )); then command -v psql >/dev/null 2>&1 || bench_prereqs; else bench_prereqs; fi
  mkdir -p "$PIDS" "$LOGS" "$BENCH_DIR/targets"
  for (( i=0; i<BENCH_REPLICAS; i++ )); do
    port=$(( BENCH_FIRST_API_PORT + i ))
    port_open "$port" && die "port $port is taken (a bench still running?)"
  done
  port_open "$BENCH_LB_PORT" && die "port $BENCH_LB_PORT is taken"
  port_open "$BENCH_SMTP_PORT" && die "port $BENCH_SMTP_PORT is taken"
  trap 'echo; bench_stop; exit 130' INT TERM
  trap 'bench_stop' EXIT
  bench_stack

  BENCH_RESULTS="$BENCH_DIR/results-$(date -u +%Y%m%dT%H%M%SZ)-r$BENCH_REPLICAS.jsonl"
  : >"$BENCH_RESULTS"
  bench_meta "\"started\":\"$(date -u +%FT%TZ)\",\"cores\":$(nproc),\"durationS\":$duration,\"connections\":$conns,\"loadBefore\":\"$(cut -d' ' -f1-3 /proc/loadavg)\",\"javaOpts\":\"$BENCH_JAVA_OPTS\",\"commit\":\"$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)\""

  # 1. Data: the region data set, generated (and timed) unless --reuse-data finds it.
  if (( reuse )) && [[ -f "$BENCH_DIR/generated" ]] \
      && [[ "$(bench_admin -c "select 1 from pg_database where datname = '$BENCH_DB'")" == 1 ]]; then
    ok "reusing database $BENCH_DB (scale and seed: $(cat "$BENCH_DIR/generated"))"
    build_api || die "the API does not build"
  else
    bench_generate 1 42
    local gen; gen="$(awk '$1 == "TOTAL" { print $2 }' "$BENCH_DIR/generate.log" | tail -1)"
    bench_meta "\"generatorS\":${gen:-null}"
  fi
  if (( datasets_only )); then   # only the open-data figure: one replica, no SPA, no load
    bench_api bench-api-1 "$BENCH_FIRST_API_PORT"
    BENCH_NAMES+=(bench-api-1)
    bench_wait_ready "$BENCH_FIRST_API_PORT" "$API_START_TIMEOUT" >/dev/null \
      || { log_tail bench-api-1; die "the replica did not start"; }
    bench_datasets "http://localhost:$BENCH_FIRST_API_PORT" "$(recorded_pid bench-api-1)"
    return 0
  fi
  # pgbench's registrations start after the last pair it already used (with --reuse-data)
  bench_psql -c "select setval('bench_pg_pair_seq', coalesce((select max(p.n) from bench_pg_pairs p
      join registrations r on r.session_id = p.sid and r.participant_id = p.pid), 0) + 1, false)" >/dev/null
  bench_psql -c "select id from sessions where title like 'Incontro di prova %' order by title" >"$BENCH_DIR/targets/register-sessions.txt"
  bench_psql -c "select p.id from participants p where p.email like 'prova.iscrizioni.%'
      and not exists (select 1 from registrations r where r.participant_id = p.id) order by p.id" \
      >"$BENCH_DIR/targets/register-participants.txt"
  (( $(wc -l <"$BENCH_DIR/targets/register-participants.txt") > 100 )) \
    || die "fewer than 100 unused participants left for the registration write: run without --reuse-data"
  bench_update_targets

  # 2. The SPA, built for this origin and served by nginx (also the load balancer with --replicas > 1).
  say "Building the SPA (production build) for http://localhost:$BENCH_LB_PORT"
  frontend_install >/dev/null
  local bundle initial_kb
  bundle="$(VITE_API_URL="http://localhost:$BENCH_LB_PORT" npm --prefix "$FRONTEND" run build 2>&1)" \
    || { echo "$bundle" | tail -20; die "the SPA does not build"; }
  initial_kb="$(sed -n 's/^initial JS.*: \([0-9.]*\) KB gzip.*/\1/p' <<<"$bundle")"
  bench_meta "\"spaInitialKb\":${initial_kb:-null}"

  # 3. The SMTP sink, then the replicas, each timed from launch to ready.
  # Mails already marked sent before this run do not count: the sink counts from now on.
  local sent_before; sent_before="$(bench_psql -c "select count(*) from notification_outbox where sent_at is not null")"
  start_service bench-smtp python3 "$BENCH_SRC/smtp-sink.py" "$BENCH_SMTP_PORT" "$BENCH_DIR/smtp-count"
  BENCH_NAMES+=(bench-smtp)
  for (( i=0; i<BENCH_REPLICAS; i++ )); do
    port=$(( BENCH_FIRST_API_PORT + i ))
    say "Starting API replica $((i + 1)) on :$port (quarkus-run.jar, $BENCH_JAVA_OPTS)"
    bench_api "bench-api-$((i + 1))" "$port"
    BENCH_NAMES+=("bench-api-$((i + 1))")
    local ready_ms started
    ready_ms="$(bench_wait_ready "$port" "$API_START_TIMEOUT")" \
      || { log_tail "bench-api-$((i + 1))"; die "replica $((i + 1)) did not start"; }
    started="$(sed -n 's/.*started in \([0-9.]*\)s.*/\1/p' "$LOGS/bench-api-$((i + 1)).log" | head -1)"
    bench_meta "\"replica\":$((i + 1)),\"readyMs\":$ready_ms,\"quarkusStartedS\":${started:-null}"
    ok "replica $((i + 1)) ready in $ready_ms ms (Quarkus: started in ${started:-?} s)"
  done
  local dir="$BENCH_DIR/nginx" upstreams=""
  rm -rf "$dir"; mkdir -p "$dir/tmp"
  for (( i=0; i<BENCH_REPLICAS; i++ )); do upstreams+="    server 127.0.0.1:$(( BENCH_FIRST_API_PORT + i ));"$'\n'; done
  sed -e "s#@DIR@#$dir#g" -e "s#@PORT@#$BENCH_LB_PORT#g" -e "s#@SPA@#$FRONTEND/dist#g" "$BENCH_SRC/nginx.conf.template" \
    | awk -v up="$upstreams" '{ if ($0 == "@UPSTREAMS@") printf "%s", up; else print }' >"$dir/nginx.conf"
  start_service bench-nginx nginx -c "$dir/nginx.conf" -p "$dir"
  BENCH_NAMES+=(bench-nginx)
  local w=0
  until http_ok "http://localhost:$BENCH_LB_PORT/q/health/ready"; do
    sleep 0.2; w=$((w + 1)); (( w < 100 )) || { log_tail bench-nginx; die "nginx did not start"; }
  done
  # One replica is measured directly; several through the load balancer (the point of that run).
  local base="http://localhost:$BENCH_FIRST_API_PORT"
  (( BENCH_REPLICAS > 1 )) && base="http://localhost:$BENCH_LB_PORT"
  bench_meta "\"target\":\"$base\""

  # 3b. The open data: the largest dataset's download time and the replica's memory, before the load.
  say "Open data: the largest dataset of the large plan, its ambito and the region"
  bench_datasets "$base" "$(recorded_pid bench-api-1)"

  # 4. The SQL of each scenario, captured from the API, as pgbench scripts.
  local token; token="$(bench_token)" || die "no token for $BENCH_WRITER from Keycloak"
  say "Capturing the SQL of each scenario (log_statement = all, one request each)"
  bench_capture "$base" "$token"

  # 5. The load: per scenario a warm-up, a run at saturation, a run at 70 % of that rate, pgbench.
  local name label kind path auth lua threads sat delay url
  while IFS='|' read -r name label kind path auth; do
    say "$label"
    BENCH_TOKEN=""; [[ "$auth" == token ]] && BENCH_TOKEN="$(bench_token)"
    threads=2; lua=read.lua
    case "$kind" in
      register) lua=register.lua ;;
      update) lua=update.lua; threads=$conns ;;
    esac
    url="$base$path"
    [[ "$kind" == update ]] && bench_update_targets
    bench_wrk "$name" warmup "$url" "$lua" "$threads" "$conns" 5
    [[ "$kind" == update ]] && bench_update_targets
    bench_wrk "$name" saturation "$url" "$lua" "$threads" "$conns" "$duration"
    sat="$BENCH_LAST"
    echo "  wrk, saturation: $sat"
    # Paced: each connection pauses so that all together send 70 % of the saturated rate.
    delay="$(node -e 'const r=JSON.parse(process.argv[1]);console.log(r.rps>0?Math.max(1,Math.round(1000*process.argv[2]/(0.7*r.rps)-r.mean)):0)' "$sat" "$conns")"
    if (( delay > 0 )); then
      [[ "$kind" == update ]] && bench_update_targets
      bench_wrk "$name" paced "$url" "$lua" "$threads" "$conns" "$duration" "$delay"
      echo "  wrk, 70 % of that rate: $BENCH_LAST"
    else
      warn "no request of $name answered within the run: no paced run (try --duration longer)"
    fi
    echo "  $(bench_pgbench "$name" "$kind" "$conns" "$duration")"
  done < <(bench_scenarios)

  # 6. After the load: memory of each replica, and what the replicas did together.
  for (( i=0; i<BENCH_REPLICAS; i++ )); do
    local rss; rss="$(ps -o rss= -p "$(recorded_pid "bench-api-$((i + 1))")" | tr -d ' ')"
    bench_meta "\"replica\":$((i + 1)),\"rssKb\":${rss:-0}"
  done
  say "Waiting for the replicas to deliver the outbox (at most 120 s)"
  local waited=0 pending sent received perupstream
  # Due = not sent, not given up, and its (re)try time has come (reminders wait for their day).
  while pending="$(bench_psql -c "select count(*) from notification_outbox
          where sent_at is null and failed_at is null and next_attempt_at <= now()")"; \
        (( pending > 0 && waited < 120 )); do
    sleep 2; waited=$((waited + 2))
  done
  sleep 3   # a batch being sent when the count reached 0 is marked sent after its mails went out
  sent="$(( $(bench_psql -c "select count(*) from notification_outbox where sent_at is not null") - sent_before ))"
  received="$(cat "$BENCH_DIR/smtp-count" 2>/dev/null || echo 0)"
  perupstream="$(awk '$1 ~ /:/ {n[$1]++} END {s=""; for (u in n) s = s sprintf("%s\"%s\":%d", (s==""?"":","), u, n[u]); print s}' "$dir/access.log" 2>/dev/null)"
  bench_meta "\"outboxPending\":$pending,\"mailsSent\":$sent,\"mailsReceived\":$received,\"nginxPerUpstream\":{${perupstream}}"

  # 7. Lighthouse (mobile) on the public page of the large plan, through nginx.
  if (( lighthouse )) && [[ -f "$FRONTEND/scripts/lighthouse.mjs" ]]; then
    bench_lighthouse "http://localhost:$BENCH_LB_PORT/plans/$BENCH_LARGE_PLAN"
  fi
  bench_meta "\"finished\":\"$(date -u +%FT%TZ)\",\"totalS\":$(( SECONDS - t0 )),\"loadAfter\":\"$(cut -d' ' -f1-3 /proc/loadavg)\""

  local cmd="./zonale bench"; (( BENCH_REPLICAS > 1 )) && cmd+=" --replicas $BENCH_REPLICAS"
  node "$BENCH_SRC/report.mjs" "$BENCH_RESULTS" "$BACKEND/docs/performance.md" "$cmd"
}

bench_lighthouse() {
  local url="$1" home="$LOCAL/lighthouse" out
  if [[ ! -f "$home/node_modules/lighthouse/package.json" ]]; then
    say "Installing Lighthouse $BENCH_LIGHTHOUSE_VERSION into .local/lighthouse (npm, once)"
    mkdir -p "$home"
    npm install --prefix "$home" --no-audit --no-fund --loglevel=error "lighthouse@$BENCH_LIGHTHOUSE_VERSION" >/dev/null \
      || { warn "could not install Lighthouse: no scores"; return 0; }
  fi
  say "Lighthouse (mobile, median of 3 runs) on $url"
  out="$(LIGHTHOUSE_HOME="$home" node "$FRONTEND/scripts/lighthouse.mjs" "$url" --runs 3 --out "$BENCH_DIR/lighthouse.json" --report "$BENCH_DIR/lighthouse-report.json" 2>"$BENCH_DIR/lighthouse.log")" \
    || { warn "Lighthouse failed (see .local/bench/lighthouse.log)"; return 0; }
  echo "$out"
  if [[ -s "$BENCH_DIR/lighthouse.json" ]]; then
    bench_meta "\"lighthouse\":$(node -e 'console.log(JSON.stringify(JSON.parse(require("fs").readFileSync(process.argv[1]))))' "$BENCH_DIR/lighthouse.json")"
  fi
}
