#!/usr/bin/env bash
# Two application nodes on one database behind nginx (Debian's package) on loopback, with the working-day
# load (bench/load) against the balancer; halfway the steady phase node 2 is killed (kill -9). Checks:
#  - sessions live in PostgreSQL (Spring Session JDBC): users logged in through node 2 go on working on
#    node 1 without logging in again (every page of the simulation checks it is not the login page);
#  - the scheduled job (antecedent resolution) runs on exactly one node at a time: an import of
#    unresolved antecedents is made before the load, and the job's advisory lock must give every batch
#    to one node (no antecedent resolved twice, the nodes' batches never overlap in time).
# Needs bench/load/setup.sh first (the database vh_load). Environment as bench/load/run.sh.
set -euo pipefail
. "$(dirname "$0")/../load/lib.sh"
command -v nginx >/dev/null || { echo "nginx is not installed: run  apt-get install nginx  (as root)" >&2; exit 2; }
OUT=$ROOT/target/bench/load
[ -f "$OUT/managers.csv" ] || { echo "run bench/load/setup.sh first" >&2; exit 2; }
need_jar
start_postgres
load_credentials
WORK=$(mktemp -d)
sed "s#@WORK@#$WORK#g" "$ROOT/bench/nodes/nginx.conf.template" >"$WORK/nginx.conf"
cleanup() {
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  stop_node "${NODE_PID_node1:-}"; stop_node "${NODE_PID_node2:-}"
  echo "logs in $WORK"
}
trap cleanup EXIT
# The resolution job every 2 s in batches of 200, so that both nodes compete for it during the run.
start_node node1 18321 --vh.intake.resolution.interval=2s --vh.intake.resolution.batch-size=200
start_node node2 18322 --vh.intake.resolution.interval=2s --vh.intake.resolution.batch-size=200
wait_healthy 18321 "$NODE_PID_node1"; wait_healthy 18322 "$NODE_PID_node2"
nginx -c "$WORK/nginx.conf"
machine_line

# Sessions are stored in the database: log in through node 1, use the session on node 2.
jar=$WORK/cookies
csrf=$(curl -fsS -c "$jar" -b "$jar" localhost:18321/login | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=im.bench.001 --data-urlencode password=bench-demo-wachtwoord \
  --data-urlencode "_csrf=$csrf" localhost:18321/login
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" localhost:18322/trajecten)
[ "$code" = 200 ] || { echo "FAILED: a session made on node 1 is not valid on node 2 ($code)"; exit 1; }
echo "session made on node 1 accepted by node 2 (Spring Session JDBC: $(as_postgres -d "$DB" -At -c "\"SELECT count(*) FROM spring_session\"") sessions in PostgreSQL)"

# Unresolved antecedents for the scheduled job: 3,000 rows of existing persons' data in a new import.
TOKEN=$(grep '^secretariaat.demo ' "$OUT/demo-api-tokens.txt" | awk '{print $NF}')
python3 - "$OUT/antecedents-20000-1000000.csv" "$WORK/resolve.csv" <<'PY'
import sys, itertools
src, dst = sys.argv[1], sys.argv[2]
with open(src) as f, open(dst, "w") as out:
    out.write(next(f))
    for n, line in enumerate(itertools.islice(f, 0, 300000, 100)):
        cols = line.split(",")
        cols[0] = f"NODES{n:07d}-{__import__('time').time_ns() % 10**9}"
        out.write(",".join(cols))
PY
curl -fsS -H "Authorization: Bearer $TOKEN" -H "Content-Type: text/csv" -X POST --upload-file "$WORK/resolve.csv" \
  localhost:18320/api/v1/imports/police-antecedents -o "$WORK/import.json"
IMPORT_ID=$(python3 -c "import json; print(json.load(open('$WORK/import.json'))['importId'])")
echo "import $IMPORT_ID of $(($(wc -l <"$WORK/resolve.csv") - 1)) antecedents for the resolution job"

STEADY=${STEADY:-300}; RAMP=${RAMP:-120}
( sleep $((RAMP + STEADY / 2 + 20)); echo "$(date -u +%T) kill -9 node 2 (pid $NODE_PID_node2)"; kill -9 "$NODE_PID_node2" ) &
killer=$!
BASE_URL=http://localhost:18320 WORK=$WORK bash "$ROOT/bench/load/run.sh"
wait "$killer" || true
kill -0 "$NODE_PID_node2" 2>/dev/null && { echo "FAILED: node 2 was not killed during the run"; exit 1; }

# Scheduled job: which node resolved which batch ("Antecedenten aan personen gekoppeld" per batch).
n1=$(grep -c "Antecedenten aan personen gekoppeld: [1-9]" "$WORK/node1.log" || true)
n2=$(grep -c "Antecedenten aan personen gekoppeld: [1-9]" "$WORK/node2.log" || true)
IFS=, read -r rows resolved distinct < <(as_postgres -d "$DB" -At -F, -c "\"SELECT count(*), count(person_id), (SELECT rows_resolved FROM intake_import WHERE id = '$IMPORT_ID') FROM intake_antecedent WHERE import_id = '$IMPORT_ID'\"")
dup=$(as_postgres -d "$DB" -At -c "\"SELECT count(*) FROM (SELECT reference FROM persons_source_record WHERE reference LIKE 'NODES%' GROUP BY organisation_id, reference HAVING count(*) > 1) d\"" 2>/dev/null || echo "?")
echo "resolution job: batches with work on node 1: $n1, on node 2: $n2; antecedents $rows, with a person $resolved, rows_resolved $distinct; source records linked twice: $dup"
[ "$resolved" = "$distinct" ] || { echo "FAILED: the import's counter ($distinct) does not match the resolved rows ($resolved): a batch ran twice"; exit 1; }
[ "$dup" = 0 ] || [ "$dup" = "?" ] || { echo "FAILED: antecedents resolved twice"; exit 1; }
echo "two nodes: done (see the error table above for requests lost at the kill)"
