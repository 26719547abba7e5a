# Shared by the load, two-node, crash and restore scripts (sourced, not run): Debian's PostgreSQL server,
# a database with a migration role and an application role (as scripts/smoke-external-postgres.sh), and
# application nodes started from the packaged jar against it.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAVA_HOME=$("$ROOT/scripts/find-jdk.sh")
export JAVA_HOME
DB=${DB:-vh_load}
secs() { python3 -c "print(round($(date +%s.%N) - $1, 1))"; }

# The packaged jar, extracted with its own tools mode (java -Djarmode=tools -jar … extract): the nodes run
# from the extracted jar and lib/, not from the fat jar. Spring Boot's nested-jar class loader can hang all
# virtual threads under load while classes are still being loaded (spring-boot issue 51463; seen here with
# 200 users on 2 cores: every request waited for ever); docs/operations.md.
need_jar() {
  FAT_JAR=$(ls "$ROOT"/target/veiligheidshuis-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
  if [ -z "$FAT_JAR" ]; then (cd "$ROOT" && ./mvnw -B -q -DskipTests package); FAT_JAR=$(ls "$ROOT"/target/veiligheidshuis-*.jar | head -n 1); fi
  local dir=$ROOT/target/bench/app
  if [ ! -f "$dir/$(basename "$FAT_JAR")" ] || [ "$FAT_JAR" -nt "$dir/$(basename "$FAT_JAR")" ]; then
    rm -rf "$dir"
    "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$FAT_JAR" extract --destination "$dir" >/dev/null
    touch "$dir/$(basename "$FAT_JAR")"
  fi
  JAR=$dir/$(basename "$FAT_JAR")
}

# Starts (or finds) Debian's PostgreSQL cluster; sets PG_VERSION, PG_CLUSTER, PG_PORT.
start_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "Debian's PostgreSQL server is not installed: run  apt-get install postgresql  (as root) and try again" >&2
    exit 2
  fi
  read -r PG_VERSION PG_CLUSTER _ < <(pg_lsclusters --no-header | head -n 1)
  if [ -z "${PG_VERSION:-}" ]; then
    PG_VERSION=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    pg_createcluster "$PG_VERSION" main >/dev/null
    PG_CLUSTER=main
  fi
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >/dev/null 2>&1 || true
  PG_PORT=$(pg_lsclusters --no-header | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $3}')
  for _ in $(seq 1 30); do pg_isready -q -h localhost -p "$PG_PORT" && break; sleep 1; done
}

as_postgres() { su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -p $PG_PORT $*"; }

# A fresh database $DB owned by ${DB}_owner, used by the application as $DB (passwords are random per run).
create_database() {
  DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  DB_OWNER_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  su postgres -c "PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -p $PG_PORT" <<SQL
DROP DATABASE IF EXISTS $DB WITH (FORCE);
DROP ROLE IF EXISTS $DB;
DROP ROLE IF EXISTS ${DB}_owner;
CREATE ROLE ${DB}_owner LOGIN PASSWORD '$DB_OWNER_PASSWORD';
CREATE ROLE $DB LOGIN PASSWORD '$DB_PASSWORD';
CREATE DATABASE $DB OWNER ${DB}_owner;
\\c $DB
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO ${DB}_owner;
SQL
  save_credentials
}

# The credentials are kept next to the data so that a later script (SKIP_SETUP) can reuse the database.
save_credentials() {
  mkdir -p "$ROOT/target/bench/load"
  printf 'DB_PASSWORD=%s\nDB_OWNER_PASSWORD=%s\n' "$DB_PASSWORD" "$DB_OWNER_PASSWORD" >"$ROOT/target/bench/load/$DB.credentials"
  chmod 600 "$ROOT/target/bench/load/$DB.credentials"
}
load_credentials() { . "$ROOT/target/bench/load/$DB.credentials"; }

# start_node NAME PORT [extra java args…]: the jar against $DB in demo mode (demo accounts with the password
# bench-demo-wachtwoord; demo mode also means no TOTP), log in $WORK/NAME.log; sets NODE_PID_<NAME>.
start_node() {
  local name=$1 port=$2; shift 2
  mkdir -p "$WORK/$name"
  VH_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$DB" VH_DB_USER=$DB VH_DB_PASSWORD="$DB_PASSWORD" \
  VH_DB_MIGRATION_USER=${DB}_owner VH_DB_MIGRATION_PASSWORD="$DB_OWNER_PASSWORD" VH_HOME="$WORK/$name" VH_DEMO=true \
    "$JAVA_HOME/bin/java" ${HEAP_OPTS:--Xms1g -Xmx1g} ${JAVA_OPTS:-} -jar "$JAR" --server.port="$port" \
    --vh.demo.password=bench-demo-wachtwoord "$@" >>"$WORK/$name.log" 2>&1 &
  eval "NODE_PID_$name=$!"
}

wait_healthy() {
  local port=$1 pid=$2
  for _ in $(seq 1 180); do
    curl -fsS "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
    kill -0 "$pid" 2>/dev/null || { echo "the node on port $port stopped" >&2; return 1; }
    sleep 1
  done
  echo "the node on port $port did not become healthy" >&2
  return 1
}

stop_node() { local pid=${1:-}; [ -n "$pid" ] || return 0; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }

machine_line() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB," \
    "load $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), PostgreSQL ${PG_VERSION:-?}, $(date -u '+%Y-%m-%d %H:%M UTC')"
}
