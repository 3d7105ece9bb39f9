# shellcheck shell=bash disable=SC2034,SC2153  # globals (STARTED, PIDS, LOGS...) live in zonale and the other files
# ./zonale test and ./zonale openapi: every test step of the project, and the contract.
# Sourced by ./zonale, which defines the paths, ports and timeouts; not run on its own.

# ---------------------------------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------------------------------
STEP_NAMES=(); STEP_RESULTS=(); STEP_TIMES=()

# run_step NAME COMMAND...: runs the command, records PASS/FAIL, never aborts the script.
run_step() {
  local name="$1"; shift
  local t=$SECONDS rc=0
  printf '\n%s==> [test] %s%s\n' "$C_BOLD" "$name" "$C_OFF"
  # Not '( ... ) || rc=$?': errexit would be ignored inside the subshell.
  set +e
  ( set -euo pipefail; "$@" )
  rc=$?
  set -e
  STEP_NAMES+=("$name"); STEP_TIMES+=("$(( SECONDS - t ))s")
  if (( rc == 0 )); then STEP_RESULTS+=(PASS); else STEP_RESULTS+=("FAIL (exit $rc)"); fi
}

skip_step() {
  STEP_NAMES+=("$1"); STEP_RESULTS+=("SKIPPED: $2"); STEP_TIMES+=("-")
}

test_compose() {
  if command -v docker-compose >/dev/null 2>&1; then
    docker-compose -f "$ROOT/docker-compose.yml" config -q
  elif docker compose version >/dev/null 2>&1; then
    docker compose -f "$ROOT/docker-compose.yml" config -q
  else
    err "docker-compose is not installed: apt-get install -y --no-install-recommends docker-compose (or run .ci/run)"
    return 1
  fi
}

# The launcher itself (and the CI entry point): shellcheck, warnings and errors.
test_shell() {
  command -v shellcheck >/dev/null 2>&1 \
    || { err "shellcheck is not installed: apt-get install -y --no-install-recommends shellcheck (or run .ci/run)"; return 1; }
  (cd "$ROOT" && shellcheck -x -S warning zonale tools/zonale/*.sh .ci/run)
}

# The backend suite includes RealKeycloakTest, which needs the real Keycloak with realm zonale: reuse
# the one 'up' runs, or start one for the tests and stop it afterwards.
test_backend() {
  local started_kc=0 rc=0
  mkdir -p "$PIDS" "$LOGS"
  if ! http_ok "$KC_HEALTH_URL"; then
    port_open "$KC_PORT" && { err "port $KC_PORT is taken by something that is not Keycloak realm zonale"; return 1; }
    prepare_keycloak
    STARTED=()
    start_keycloak
    started_kc=1
    wait_healthy keycloak "$KC_START_TIMEOUT" || { log_tail keycloak; stop_service keycloak; return 1; }
    file_sha256 "$REALM_JSON" >"$REALM_HASH_FILE"   # imported: a later 'up' need not re-import it
  fi
  mvnw -B verify "-Dzonale.test.keycloak-url=$KC_URL" || rc=$?
  if (( started_kc )); then
    stop_service keycloak
  fi
  return "$rc"
}

# The Kubernetes manifests, checked offline against the schema of their kinds and for cross-references;
# broken fixtures must fail (backend/deploy/README.md).
test_deploy() {
  npm --prefix "$BACKEND/deploy/validate" install --no-audit --no-fund --loglevel=error
  node "$BACKEND/deploy/validate/validate.mjs"
}

test_frontend_lint_api() {
  npm --prefix "$FRONTEND" run lint:api
}

cmd_test() {
  local t0=$SECONDS
  command -v java >/dev/null 2>&1 || die "Java 17 or newer is required"
  run_step "docker-compose.yml is valid (docker-compose config -q)" test_compose
  run_step "containers: Dockerfiles, compose services/ports/variables, the SPA's nginx (tools/deploy-check/check.py)" \
    python3 "$ROOT/tools/deploy-check/check.py"
  run_step "backup: the Keycloak export check accepts the realm and refuses broken exports (tools/zonale/keycloak_export_check.py)" \
    python3 "$ROOT/tools/zonale/keycloak_export_check.py" --self-test "$REALM_JSON"
  run_step "launcher: shellcheck of zonale, tools/zonale/*.sh and .ci/run" test_shell
  run_step "bench tooling: captured SQL becomes pgbench scripts (node --test backend/bench/test)" \
    node --test "$BACKEND/bench/test/"
  run_step "deploy: Kubernetes manifests against the Kubernetes schema (backend/deploy/validate)" test_deploy
  run_step "docs: links resolve, nothing refers outside the repository, feature table current (docs/tools/check-docs.py)" \
    python3 "$ROOT/docs/tools/check-docs.py"
  run_step "reference data: V002 regenerates byte for byte and keeps its Flyway checksum (backend/reference-data)" \
    python3 "$BACKEND/reference-data/generate.py" --check
  run_step "dev-stack tool: the PostgreSQL launcher builds and is formatted (mvnw -f tools/devstack/pom.xml verify)" \
    mvnw -B -q -f "$DEVSTACK_DIR/pom.xml" verify
  run_step "backend: mvnw -B verify" test_backend
  if [[ -f "$FRONTEND/package.json" ]]; then
    run_step "frontend: npm install (when node_modules is missing or package-lock.json changed)" frontend_install
    run_step "THIRD-PARTY-NOTICES.md is current (docs/tools/third-party-notices.py --check)" \
      python3 "$ROOT/docs/tools/third-party-notices.py" --check
    run_step "frontend: lint:api (Spectral lint of openapi.yaml)" test_frontend_lint_api
    if frontend_has_script test:lint-rules; then
      run_step "frontend: test:lint-rules (the Spectral rules catch what they should)" \
        npm --prefix "$FRONTEND" run test:lint-rules
    fi
    if frontend_has_script test; then
      run_step "frontend: types current with openapi.yaml, tsc, unit tests (vitest)" npm --prefix "$FRONTEND" run test
    fi
    if frontend_has_script build; then
      run_step "frontend: build and bundle budget" npm --prefix "$FRONTEND" run build
    fi
    if frontend_has_script e2e; then
      run_step "frontend: end-to-end in Chromium on the real stack (Playwright, axe)" test_frontend_e2e
    fi
  else
    skip_step "frontend" "no frontend/package.json"
  fi

  local i failed=0
  printf '\n%sTest summary%s (%ss)\n' "$C_BOLD" "$C_OFF" "$(( SECONDS - t0 ))"
  for i in "${!STEP_NAMES[@]}"; do
    local color="$C_GREEN"
    case "${STEP_RESULTS[i]}" in FAIL*) color="$C_RED"; failed=1 ;; SKIPPED*) color="$C_YELLOW" ;; esac
    printf '  %s%-22s%s %6s  %s\n' "$color" "${STEP_RESULTS[i]}" "$C_OFF" "${STEP_TIMES[i]}" "${STEP_NAMES[i]}"
  done
  if (( failed )); then
    err "some test steps failed"
    exit 1
  fi
  ok "all test steps passed"
}

cmd_openapi() {
  say "Regenerating openapi.yaml from the code (ContractDriftTest with zonale.contract.write=true)"
  mvnw -B test -Dtest=ContractDriftTest -Dzonale.contract.write=true
  ok "openapi.yaml refreshed; review it with: git diff -- openapi.yaml"
}
