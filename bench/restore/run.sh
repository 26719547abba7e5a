#!/usr/bin/env bash
# Backup and restore drill (docs/operations.md, Backup): pg_dump of the database (custom format), the
# count of every table and the audit chain's last hash noted, the database destroyed (DROP DATABASE),
# created anew empty and restored with pg_restore; then every count must match, `audit verify` must
# pass and end on the same hash, and the application must start on the restored database. Runs on
# the load benchmark's database by default (DB=vh_crash for the crash drill's). Prints "N passed, M failed".
set -euo pipefail
. "$(dirname "$0")/../load/lib.sh"
[ -f "$ROOT/target/bench/load/$DB.credentials" ] || { echo "no database $DB: run bench/load/setup.sh (or DB=vh_crash bench/crash/run.sh) first" >&2; exit 2; }
need_jar
start_postgres
load_credentials
WORK=$(mktemp -d); chmod 755 "$WORK"
trap 'stop_node ${NODE_PID_app:-}; echo "files in $WORK"' EXIT
passed=0; failed=0
check() { if [ "$2" = "$3" ]; then echo "PASS $1"; passed=$((passed + 1)); else echo "FAIL $1: expected $3, got $2"; failed=$((failed + 1)); fi; }
counts() {
  as_postgres -d "$DB" -At >"$1" <<'SQL'
SELECT format('SELECT %L || '' '' || count(*) FROM %I.%I;', c.relname, n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname
\gexec
SQL
}
# The command migrates the schema first, like the application (a newer jar than the database: with the migration
# role, or it cannot start and the chain would read as broken on both sides of the comparison).
verify() {
  VH_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$DB" VH_DB_USER=$DB VH_DB_PASSWORD="$DB_PASSWORD" \
    VH_DB_MIGRATION_USER=${DB}_owner VH_DB_MIGRATION_PASSWORD="$DB_OWNER_PASSWORD" \
    "$JAVA_HOME/bin/java" -jar "$JAR" audit verify 2>/dev/null | grep -o 'Auditlog intact: .*' || echo "NOT intact"
}
machine_line
before_audit=$(verify)
counts "$WORK/before.txt"
echo "before: $(wc -l <"$WORK/before.txt") tables, $(awk '{s += $2} END {print s}' "$WORK/before.txt") rows; $before_audit"
check "the audit chain is intact before the backup" "${before_audit%%:*}" "Auditlog intact"

start=$(date +%s.%N)
su postgres -c "pg_dump -p $PG_PORT -Fc -Z 6 $DB" >"$WORK/$DB.dump"; chmod 644 "$WORK/$DB.dump"
echo "pg_dump: $(secs "$start") s, $(du -h "$WORK/$DB.dump" | cut -f1)"

as_postgres -c "\"DROP DATABASE $DB WITH (FORCE)\""
check "the database is gone" "$(as_postgres -At -c "\"SELECT count(*) FROM pg_database WHERE datname = '$DB'\"")" 0

start=$(date +%s.%N)
su postgres -c "PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -p $PG_PORT" <<SQL
CREATE DATABASE $DB OWNER ${DB}_owner;
\\c $DB
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO ${DB}_owner;
SQL
su postgres -c "pg_restore -p $PG_PORT -d $DB --exit-on-error -j 2 $WORK/$DB.dump"
echo "pg_restore (2 jobs): $(secs "$start") s"

counts "$WORK/after.txt"
check "every table has as many rows as before" "$(diff -q "$WORK/before.txt" "$WORK/after.txt" >/dev/null && echo same || diff "$WORK/before.txt" "$WORK/after.txt" | head -5)" same
check "audit chain verifies, ending on the same hash" "$(verify)" "$before_audit"
check "the application role still may not change the audit log" \
  "$(PGPASSWORD="$DB_PASSWORD" psql -X -h localhost -p "$PG_PORT" -U "$DB" -d "$DB" -At -c "DELETE FROM privacy_audit_record" 2>&1 | grep -c 'permission denied')" 1
WORK_NODE=$WORK; WORK=$WORK_NODE
start_node app 18340 --vh.intake.resolution.enabled=false
check "the application starts on the restored database" "$(wait_healthy 18340 "$NODE_PID_app" && echo up)" up
echo "Restore drill: $passed passed, $failed failed"
[ "$failed" = 0 ]
