# shellcheck shell=bash disable=SC2153,SC2034  # globals (PG_PORT, LOCAL...) live in zonale
# ./zonale backup and ./zonale restore: a PostgreSQL custom-format dump of the database, and its restore
# into an empty database, plus Keycloak's realm zonale with its users (a `kc.sh export` file beside the
# dump) for the local stack (docs/operations.md). Sourced by ./zonale; not run on its own.
#
# The target is the local stack's database (localhost:$PG_PORT, database zonale, user zonale) unless
# ZONALE_DB_HOST, ZONALE_DB_PORT, ZONALE_DB_NAME, ZONALE_DB_USER, ZONALE_DB_PASSWORD say otherwise
# (BackupRestoreDrillTest points them at its own throw-away server).
# pg_dump/pg_restore/psql come from Debian's postgresql-client: the dev stack's embedded binaries
# (zonky) hold only the server. pg_dump must be of the server's major version or newer.

backup_target() {
  DB_HOST="${ZONALE_DB_HOST:-localhost}"
  DB_PORT="${ZONALE_DB_PORT:-$PG_PORT}"
  DB_NAME="${ZONALE_DB_NAME:-zonale}"
  DB_USER="${ZONALE_DB_USER:-zonale}"
  export PGPASSWORD="${ZONALE_DB_PASSWORD:-zonale}"
  export PGCONNECT_TIMEOUT=10
}

# True when the target is the local stack's database (and not a server named by ZONALE_DB_*).
backup_target_is_local_stack() {
  [[ "$DB_HOST" == localhost && "$DB_PORT" == "$PG_PORT" ]]
}

backup_psql() {
  psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -X -qAt -v ON_ERROR_STOP=1 "$@"
}

# pg_dump, pg_restore and psql on PATH (installed from postgresql-client when missing and allowed),
# of the server's major version or newer; the server must answer.
backup_prereqs() {
  local missing=0 cmd
  for cmd in pg_dump pg_restore psql; do command -v "$cmd" >/dev/null 2>&1 || missing=1; done
  if (( missing )); then
    local sudo=()
    if (( EUID != 0 )); then
      if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n)
      else die "pg_dump, pg_restore and psql are needed: apt-get install -y --no-install-recommends postgresql-client"; fi
    fi
    say "Installing postgresql-client (apt-get)"
    "${sudo[@]}" apt-get update -qq </dev/null
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends postgresql-client </dev/null \
      || die "could not install postgresql-client"
  fi
  local server client
  server="$(backup_psql -c 'show server_version_num' 2>/dev/null)" \
    || die "PostgreSQL does not answer at $DB_HOST:$DB_PORT (database $DB_NAME, user $DB_USER); for the local stack: ZONALE_SKIP_API=1 ./zonale up -d"
  server=$(( server / 10000 ))
  client="$(pg_dump --version | awk '{print $NF}')"; client="${client%%.*}"
  (( client >= server )) \
    || die "pg_dump $client is older than the server (PostgreSQL $server): install postgresql-client-$server"
}

# cmd_backup [FILE]: a consistent dump (pg_dump takes one snapshot, the API may keep running).
cmd_backup() {
  backup_target
  local file="${1:-}"
  [[ "$file" == -* ]] && die "usage: ./zonale backup [FILE]"
  if [[ -z "$file" ]]; then
    mkdir -p "$LOCAL/backups"
    file="$LOCAL/backups/$DB_NAME-$(date -u +%Y%m%dT%H%M%SZ).dump"
  fi
  [[ -e "$file" ]] && die "$file exists: give another file name"
  backup_prereqs
  say "Dumping $DB_NAME at $DB_HOST:$DB_PORT into $file (pg_dump, custom format)"
  local t=$SECONDS tmp="$file.partial"
  # Written aside and renamed: an interrupted dump never looks like a backup.
  pg_dump -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -Fc -Z 6 --no-password -f "$tmp" \
    || { rm -f "$tmp"; die "pg_dump failed"; }
  mv "$tmp" "$file"
  local tables
  tables="$(pg_restore --list "$file" | grep -c ' TABLE DATA ' || true)"
  ok "backup $file: $(du -h "$file" | cut -f1), $tables tables, $(( SECONDS - t ))s, sha256 $(file_sha256 "$file")"
  if backup_keycloak_wanted; then
    backup_keycloak_export "$(keycloak_backup_file "$file")"
  fi
}

# ---------------------------------------------------------------------------------------------------
# Keycloak: the realm zonale and its users (with their password hashes), for the local stack only.
# A server elsewhere backs up its own database (on Kubernetes: Keycloak's database is in the
# CloudNativePG cluster, docs/operations.md). ZONALE_BACKUP_KEYCLOAK=0 skips this part.
# `kc.sh export/import` open Keycloak's own database (H2 in .local/keycloak-*/data/h2), which a running
# Keycloak holds locked: the local Keycloak is stopped for the export/import (`./zonale up -d` starts it
# again; the backup does that by itself when it stopped it).
# ---------------------------------------------------------------------------------------------------

# The Keycloak file of a backup: zonale-<time>.dump -> zonale-<time>.keycloak.json
keycloak_backup_file() { echo "${1%.dump}.keycloak.json"; }

backup_keycloak_wanted() {
  [[ "${ZONALE_BACKUP_KEYCLOAK:-1}" != 0 ]] && backup_target_is_local_stack && [[ -z "${ZONALE_DB_HOST:-}" ]] \
    && [[ -x "$KC_HOME/bin/kc.sh" && -d "$KC_HOME/data/h2" ]]
}

# kc.sh with the dev profile (the local stack runs start-dev: same database, no rebuild for prod).
backup_kc() {
  JAVA_HOME="$(keycloak_java_home)" "$KC_HOME/bin/kc.sh" --profile=dev "$@"
}

# Stops the local Keycloak when it runs; true when it did (so that the caller starts it again).
backup_keycloak_stop() {
  if service_running keycloak; then
    warn "stopping the local Keycloak: its database is locked while it runs (sign-ins fail until it is back)"
    stop_service keycloak
    return 0
  fi
  port_open "$KC_PORT" && die "something not started by ./zonale holds port $KC_PORT: stop that Keycloak first"
  return 1
}

backup_keycloak_start_again() {
  mkdir -p "$PIDS" "$LOGS"
  STARTED=()
  start_keycloak
  wait_healthy keycloak "$KC_START_TIMEOUT" || { log_tail keycloak; die "Keycloak did not come back: ./zonale up -d"; }
}

backup_keycloak_export() {
  local out="$1" t=$SECONDS restart=0 tmp="$1.partial.json"
  [[ -e "$out" ]] && die "$out exists: give another file name"
  backup_keycloak_stop && restart=1
  mkdir -p "$LOGS"
  say "Exporting Keycloak realm zonale with its users into $out (kc.sh export)"
  local rc=0
  backup_kc export --realm zonale --users same_file --file "$tmp" >"$LOGS/keycloak-export.log" 2>&1 || rc=$?
  (( restart )) && backup_keycloak_start_again
  if (( rc != 0 )); then
    rm -f "$tmp"; tail -n 20 "$LOGS/keycloak-export.log" >&2
    die "kc.sh export failed (log: $LOGS/keycloak-export.log); the database dump is complete"
  fi
  local summary
  summary="$(python3 "$ROOT/tools/zonale/keycloak_export_check.py" "$tmp")" \
    || { printf '%s\n' "$summary" >&2; rm -f "$tmp"; die "the Keycloak export is not usable; the database dump is complete"; }
  mv "$tmp" "$out"
  ok "backup $out: $summary, $(( SECONDS - t ))s, sha256 $(file_sha256 "$out")"
}

backup_keycloak_import() {
  local file="$1" t=$SECONDS
  local summary
  summary="$(python3 "$ROOT/tools/zonale/keycloak_export_check.py" "$file")" \
    || { printf '%s\n' "$summary" >&2; die "$file is not a usable Keycloak export; the database was restored"; }
  [[ -x "$KC_HOME/bin/kc.sh" ]] || prepare_keycloak
  backup_keycloak_stop || true
  say "Importing $file into Keycloak (kc.sh import --override true: the realm zonale is replaced)"
  mkdir -p "$LOGS"
  backup_kc import --file "$file" --override true >"$LOGS/keycloak-import.log" 2>&1 \
    || { tail -n 20 "$LOGS/keycloak-import.log" >&2; die "kc.sh import failed (log: $LOGS/keycloak-import.log)"; }
  # The realm now differs from zonale-realm.json on purpose: keep 'up' from re-importing over it.
  file_sha256 "$REALM_JSON" >"$REALM_HASH_FILE"
  ok "restored Keycloak from $file: $summary, $(( SECONDS - t ))s; start it again with ./zonale up -d"
}

# Relations (tables, views, sequences...) outside the system schemas: 0 for an empty database.
backup_user_relations() {
  backup_psql -c "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                  where n.nspname not in ('pg_catalog', 'information_schema')
                    and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'"
}

# Drops every schema the target user owns (with all it holds) and gives back an empty public schema.
backup_wipe() {
  backup_psql <<'SQL'
set client_min_messages = warning;
do $$
declare s name;
begin
  for s in select n.nspname from pg_namespace n
           where n.nspname not in ('pg_catalog', 'information_schema')
             and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
             and (pg_has_role(n.nspowner, 'USAGE') or n.nspowner = 'pg_database_owner'::regrole)
  loop
    execute format('drop schema %I cascade', s);
  end loop;
end $$;
create schema if not exists public authorization pg_database_owner;
SQL
}

# cmd_restore [--force] FILE: into an empty database; --force wipes a non-empty one first.
cmd_restore() {
  backup_target
  local force=0 file="" keycloak=1
  while (( $# )); do
    case "$1" in
      --force) force=1 ;;
      --no-keycloak) keycloak=0 ;;
      -*) die "unknown option: $1 (usage: ./zonale restore [--force] [--no-keycloak] FILE)" ;;
      *) [[ -z "$file" ]] || die "usage: ./zonale restore [--force] FILE"; file="$1" ;;
    esac
    shift
  done
  [[ -n "$file" ]] || die "usage: ./zonale restore [--force] FILE"
  [[ -f "$file" ]] || die "no such file: $file"
  backup_prereqs
  pg_restore --list "$file" >/dev/null 2>&1 || die "$file is not a pg_dump custom-format archive"
  if backup_target_is_local_stack && service_running api; then
    die "the API is running on this database: ./zonale down, then ZONALE_SKIP_API=1 ./zonale up -d, restore, ./zonale up -d"
  fi
  local relations; relations="$(backup_user_relations)"
  if (( relations > 0 )); then
    (( force )) || die "database $DB_NAME at $DB_HOST:$DB_PORT is not empty ($relations relations): restore only into an empty database, or add --force to wipe it first"
    warn "--force: wiping database $DB_NAME at $DB_HOST:$DB_PORT ($relations relations)"
    backup_wipe
  fi
  say "Restoring $file into $DB_NAME at $DB_HOST:$DB_PORT (pg_restore, one transaction)"
  local t=$SECONDS
  # --no-owner/--no-privileges: everything belongs to the restoring user, whatever the dump's roles were
  # called; one transaction: a failed restore leaves the database as empty as it was.
  pg_restore -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" --no-password \
    --no-owner --no-privileges --exit-on-error --single-transaction "$file" \
    || die "pg_restore failed: the database was left as before the restore"
  backup_psql -c "set client_min_messages = error" -c "analyze" >/dev/null
  local version
  version="$(backup_psql -c "select coalesce(max(version), '?') from flyway_schema_history where success" 2>/dev/null || echo '?')"
  ok "restored $file into $DB_NAME: $(backup_user_relations) relations, Flyway version $version, $(( SECONDS - t ))s"
  local kcfile; kcfile="$(keycloak_backup_file "$file")"
  if (( keycloak )) && [[ -f "$kcfile" ]] && backup_target_is_local_stack && [[ -z "${ZONALE_DB_HOST:-}" ]]; then
    backup_keycloak_import "$kcfile"
  elif [[ -f "$kcfile" ]]; then
    say "Keycloak not restored (--no-keycloak or another server): $kcfile is beside the dump"
  fi
}
