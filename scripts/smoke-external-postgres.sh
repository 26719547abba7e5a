#!/usr/bin/env bash
# Starts Debian's PostgreSQL server, creates a database owned by a migration role and a separate role for
# the application, starts the built jar against it (VH_DB_URL …: no embedded database, no demo data) and
# checks health, the login page, that the application role cannot change the audit log, and audit verify.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls target/veiligheidshuis-*.jar | grep -v plain | head -n 1)
java_home=$(scripts/find-jdk.sh)
read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1)
if [ -z "${version:-}" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  pg_createcluster "$version" main >/dev/null
  cluster=main
fi
pg_ctlcluster "$version" "$cluster" start >/dev/null 2>&1 || true
port=$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')
for _ in $(seq 1 30); do pg_isready -q -h localhost -p "$port" && break; sleep 1; done

password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
owner_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
su postgres -c "PGOPTIONS='-c client_min_messages=warning' psql -q -p $port" <<SQL
DROP DATABASE IF EXISTS vh_smoke;
DROP ROLE IF EXISTS vh_smoke;
DROP ROLE IF EXISTS vh_smoke_owner;
CREATE ROLE vh_smoke_owner LOGIN PASSWORD '$owner_password';
CREATE ROLE vh_smoke LOGIN PASSWORD '$password';
CREATE DATABASE vh_smoke OWNER vh_smoke_owner;
\\c vh_smoke
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO vh_smoke_owner;
SQL

home=$(mktemp -d)
app_port=18080
log="$home/app.log"
export VH_DB_URL="jdbc:postgresql://localhost:$port/vh_smoke" VH_DB_USER=vh_smoke VH_DB_PASSWORD="$password" \
  VH_DB_MIGRATION_USER=vh_smoke_owner VH_DB_MIGRATION_PASSWORD="$owner_password" VH_HOME="$home"
PORT=$app_port LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs "$java_home/bin/java" -jar "$jar" >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap cleanup EXIT

ok=""
for _ in $(seq 1 90); do
  if curl -fsS "http://localhost:$app_port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then ok=1; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
if [ -z "$ok" ]; then
  echo "FAILED: the application did not become healthy on the external PostgreSQL"; tail -n 80 "$log"; exit 1
fi
curl -fsS "http://localhost:$app_port/login" | grep -q '<html lang="nl">' || { echo "FAILED: no Dutch login page"; exit 1; }
if curl -fsS "http://localhost:$app_port/login" | grep -q 'vh-demo-banner'; then
  echo "FAILED: demo banner shown on an external database"; exit 1
fi
grep -q "Ingebedde PostgreSQL" "$log" && { echo "FAILED: an embedded PostgreSQL started although VH_DB_URL was set"; exit 1; }
tables=$(su postgres -c "psql -At -p $port -d vh_smoke -c \"SELECT count(*) FROM identity_user_account\"")
[ "$tables" = "0" ] || { echo "FAILED: demo users were seeded on an external database"; exit 1; }

grep '"logger":"nl.veiligheidshuis.request"' "$log" | grep '"url":{"path":"/login"}' | grep -Eq '"traceId":"[0-9a-f]{32}"' \
  || { echo "FAILED: no structured request log line with a trace id"; exit 1; }

# The audit log: a failed login is recorded; the application's role can neither change the log nor the schema.
cookies="$home/cookies.txt"
csrf=$(curl -fsS -c "$cookies" "http://localhost:$app_port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -fsS -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "username=bestaat.niet" \
  --data-urlencode "password=fout" --data-urlencode "_csrf=$csrf" "http://localhost:$app_port/login"
as_app() { PGPASSWORD="$password" psql -h localhost -p "$port" -U vh_smoke -d vh_smoke -At -v ON_ERROR_STOP=1 -c "$1" 2>&1; }
failed=$(as_app "SELECT count(*) FROM privacy_audit_record WHERE action = 'LOGIN_FAILED' AND actor_name = 'bestaat.niet'")
[ "$failed" = "1" ] || { echo "FAILED: the failed login was not audited ($failed)"; exit 1; }
expect_denied() {
  local out
  out=$(as_app "$1" || true)
  grep -q "permission denied" <<<"$out" || { echo "FAILED: the application role may: $1"; exit 1; }
}
expect_denied "UPDATE privacy_audit_record SET actor_name = 'x'"
expect_denied "DELETE FROM privacy_audit_record"
expect_denied "TRUNCATE privacy_audit_record"
expect_denied "CREATE TABLE vh_smoke_probe (id INT)"
set +e
verify=$("$java_home/bin/java" -jar "$jar" audit verify 2>&1)
verify_exit=$?
set -e
[ "$verify_exit" = "0" ] && grep -q "^Auditlog intact: 1 records" <<<"$verify" \
  || { echo "FAILED: audit verify (exit $verify_exit): $verify"; exit 1; }

kill -TERM "$pid"
wait "$pid" || true
grep -q "Graceful shutdown" "$log" || { echo "FAILED: no graceful shutdown"; tail -n 20 "$log"; exit 1; }
trap - EXIT
echo "Smoke test: 1 passed, 0 failed (health UP on PostgreSQL $version with separate migration and application roles, Dutch login page, no demo data, structured request log, audit log append-only for the application role, audit verify, graceful shutdown)"
