#!/usr/bin/env bash
# Load benchmark, part 2: the working day (Gatling, bench/load/src/test/java/…/WorkingDaySimulation.java)
# against one application node (packaged jar, heap 1 GB) on the database built by bench/load/setup.sh,
# on Debian's PostgreSQL server. Prints Gatling's summary, a table per request type (count, errors,
# throughput, p50/p95/p99) and the capacity line (trivial endpoint and audited dossier reads, same run).
# Environment: USERS (200), RAMP (120 s), STEADY (300 s), CAPACITY_USERS (16), CAPACITY (30 s),
# JAVA_OPTS (e.g. -XX:StartFlightRecording=filename=load.jfr), BASE_URL (skip starting a node: run
# against this address, e.g. the two-node balancer). Not a test; not in CI.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
OUT=$ROOT/target/bench/load
[ -f "$OUT/managers.csv" ] && [ -f "$OUT/$DB.credentials" ] || { echo "run bench/load/setup.sh first" >&2; exit 2; }
need_jar
start_postgres
load_credentials
WORK=${WORK:-$(mktemp -d)}
if [ -z "${BASE_URL:-}" ]; then
  trap 'stop_node ${NODE_PID_app:-}; echo "application log: $WORK/app.log"' EXIT
  start_node app 18310
  wait_healthy 18310 "$NODE_PID_app"
  BASE_URL=http://localhost:18310
fi
machine_line
echo "users ${USERS:-200}, ramp ${RAMP:-120} s, steady ${STEADY:-300} s, against $BASE_URL"
# The commitment requests still open (an earlier run on the same database answered some).
as_postgres -d "$DB" -At -c "\"SELECT 'intervention_id' UNION ALL (SELECT intervention_id::text FROM trajectories_commitment WHERE status = 'REQUESTED' AND intervention_id IN (SELECT intervention_id FROM trajectories_plan_intervention WHERE description = 'Toeleiding naar werk') ORDER BY md5(intervention_id::text))\"" >"$OUT/requests.csv"
before=$(as_postgres -d "$DB" -At -c "\"SELECT count(*) FROM privacy_audit_record\"")
(cd "$ROOT/bench/load" && "$ROOT/mvnw" -B -q gatling:test -DbaseUrl="$BASE_URL" -Dusers="${USERS:-200}" \
  -DrampSeconds="${RAMP:-120}" -DsteadySeconds="${STEADY:-300}" -DcapacityUsers="${CAPACITY_USERS:-16}" \
  -DcapacitySeconds="${CAPACITY:-30}" -Dfeeders="$OUT") | tee "$WORK/gatling.out" | grep -v "^\[\|^$" | tail -n 60 || true
after=$(as_postgres -d "$DB" -At -c "\"SELECT count(*) FROM privacy_audit_record\"")
report=$(ls -td "$ROOT"/bench/load/target/gatling/*/ | head -n 1)
python3 "$ROOT/bench/load/report.py" "$report/index.html"
grep "^CAPACITY" "$WORK/gatling.out" || true
echo "audit records written during the run: $((after - before)); report: $report/index.html"
