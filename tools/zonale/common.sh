# shellcheck shell=bash
# ./zonale: output helpers and small utilities every command uses (ports, health checks, PIDs, Java,
# the Maven wrapper, the frontend's node_modules).
# Sourced by ./zonale, which defines the paths, ports and timeouts; not run on its own.

# ---------------------------------------------------------------------------------------------------
# Output helpers
# ---------------------------------------------------------------------------------------------------
if [[ -t 1 ]]; then
  C_BOLD=$'\e[1m'; C_RED=$'\e[31m'; C_GREEN=$'\e[32m'; C_YELLOW=$'\e[33m'; C_OFF=$'\e[0m'
else
  C_BOLD=''; C_RED=''; C_GREEN=''; C_YELLOW=''; C_OFF=''
fi
say()  { printf '%s==>%s %s\n' "$C_BOLD" "$C_OFF" "$*"; }
ok()   { printf '%s ok%s  %s\n' "$C_GREEN" "$C_OFF" "$*"; }
warn() { printf '%swarning:%s %s\n' "$C_YELLOW" "$C_OFF" "$*" >&2; }
err()  { printf '%serror:%s %s\n' "$C_RED" "$C_OFF" "$*" >&2; }
die()  { err "$*"; exit 1; }

# ---------------------------------------------------------------------------------------------------
# Small utilities
# ---------------------------------------------------------------------------------------------------
# True if something accepts TCP connections on localhost:$1.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# True if $1 answers HTTP 2xx.
http_ok() {
  curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null
}

file_sha256() { sha256sum "$1" | cut -d' ' -f1; }

pidfile() { echo "$PIDS/$1.pid"; }

# The recorded PID (= process group id, we start everything with setsid) of service $1, or nothing.
recorded_pid() {
  local f; f="$(pidfile "$1")"
  if [[ -s "$f" ]]; then tr -dc '0-9' <"$f"; fi
}

# True if session/process group $1 (we start everything with setsid, so both equal the leader's PID)
# still has a live member. Zombies do not count: an init that reaps late must not make a stopped
# service look alive (pgrep would count them).
# shellcheck disable=SC2009
group_alive() { [[ -n "$1" ]] && ps -o stat= --sid "$1" 2>/dev/null | grep -qv '^Z'; }

pid_alive() { [[ -n "$1" ]] && ps -o stat= -p "$1" 2>/dev/null | grep -qv '^Z'; }

service_running() { group_alive "$(recorded_pid "$1")"; }

service_healthy() {
  case "$1" in
    postgres) port_open "$PG_PORT" ;;
    keycloak) http_ok "$KC_HEALTH_URL" ;;
    maildev)  http_ok "$MAIL_URL/healthz" ;;
    api)      http_ok "$API_HEALTH_URL" ;;
    spa)      http_ok "$SPA_URL/" ;;
  esac
}

log_tail() {
  local name="$1" lines="${2:-40}"
  local f="$LOGS/$name.log"
  [[ -f "$f" ]] || return 0
  printf '%s---- last %s lines of %s ----%s\n' "$C_BOLD" "$lines" "${f#"$ROOT"/}" "$C_OFF" >&2
  tail -n "$lines" "$f" >&2
  printf '%s---- end of %s ----%s\n' "$C_BOLD" "${f#"$ROOT"/}" "$C_OFF" >&2
}

java_major() {  # major version of the java binary $1
  local v
  v="$("$1" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')"
  [[ "$v" == 1.* ]] && v="${v#1.}"
  echo "${v%%[.+-]*}"
}

require_prerequisites() {
  if ! command -v curl >/dev/null 2>&1; then
    if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      say "Installing curl (apt-get)"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends curl >/dev/null
    else
      die "curl is required: install it (e.g. 'sudo apt-get install curl')"
    fi
  fi
  command -v java >/dev/null 2>&1 || die "Java 17 or newer is required ('java' not found on PATH)"
  local major; major="$(java_major java)"
  [[ "$major" =~ ^[0-9]+$ && "$major" -ge 17 ]] || die "Java 17 or newer is required (found: ${major:-unknown})"
  command -v setsid >/dev/null 2>&1 || die "'setsid' (util-linux) is required"
  [[ -x "$BACKEND/mvnw" ]] || die "$BACKEND/mvnw is missing or not executable"
}

mvnw() { (cd "$BACKEND" && ./mvnw "$@"); }

# JDK for Keycloak: ZONALE_KC_JAVA_HOME, else Temurin 25 (lighter for Keycloak), else the default java.
keycloak_java_home() {
  if [[ -n "${ZONALE_KC_JAVA_HOME:-}" ]]; then
    echo "$ZONALE_KC_JAVA_HOME"; return
  fi
  local j
  for j in $( (update-alternatives --list java 2>/dev/null || true) | grep -E 'temurin-25|jdk-25|java-25' ) \
           /usr/lib/jvm/temurin-25*/bin/java /usr/lib/jvm/*-25-*/bin/java; do
    if [[ -x "$j" ]]; then
      dirname "$(dirname "$j")"; return
    fi
  done
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

# ---------------------------------------------------------------------------------------------------
# Frontend
# ---------------------------------------------------------------------------------------------------
frontend_install() {
  local lock="$FRONTEND/package-lock.json" stamp="$LOCAL/frontend-lock.sha256" want=""
  [[ -f "$lock" ]] || { err "frontend/package-lock.json is missing: npm ci needs it"; return 1; }
  want="$(file_sha256 "$lock")"
  if [[ -d "$FRONTEND/node_modules" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    echo "node_modules is up to date with package-lock.json"
    return 0
  fi
  # Not 'npm ci': the npm registry reachable here lacks some optional platform packages (e.g. rollup's
  # android/darwin builds), so the lock cannot list them and 'npm ci' refuses it as out of sync.
  # 'npm install' installs exactly the locked versions and skips the missing optional ones.
  npm install --prefix "$FRONTEND" --no-audit --no-fund
  mkdir -p "$LOCAL"; echo "$want" >"$stamp"
}

frontend_has_script() {
  node -e 'const s = require(process.argv[1]).scripts || {}; process.exit(s[process.argv[2]] ? 0 : 1)' \
    "$FRONTEND/package.json" "$1" 2>/dev/null
}
