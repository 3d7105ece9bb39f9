# shellcheck shell=bash disable=SC2034,SC2153  # globals (STARTED, PIDS, LOGS...) live in zonale and the other files
# ./zonale e2e (and the browser-test step of ./zonale test): Playwright on the real stack.
# Sourced by ./zonale, which defines the paths, ports and timeouts; not run on its own.

# Browser tests need the whole stack: reuse the one 'up' runs, or start it (without the dev server:
# Playwright serves the built SPA itself) and stop it afterwards.
test_frontend_e2e() {
  local started=0 rc=0 paused_spa=0
  if ! service_healthy api; then
    ( ZONALE_SKIP_SPA=1 cmd_up -d ) || return 1
    started=1
  elif service_running spa; then
    # Playwright serves the built SPA on :5173 itself (the one redirect URI of the realm's SPA client).
    say "Pausing the SPA dev server of 'up' during the browser tests"
    stop_service spa
    paused_spa=1
  fi
  npm --prefix "$FRONTEND" run e2e -- "$@" || rc=$?
  if (( started )); then
    cmd_down
  elif (( paused_spa )); then
    start_spa
    wait_healthy spa "$SPA_START_TIMEOUT" || true
    STARTED=()
  fi
  return "$rc"
}
