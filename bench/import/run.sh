#!/usr/bin/env bash
# Import benchmark (issue 5): N generated antecedent rows (default 10,000,000) imported through the API of
# the application (heap 512 MB), against a bare PostgreSQL COPY of the same file into an unindexed table
# of the same embedded database, measured side by side. Prints both times and the ratio. Not a test.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-10000000}
OUT=target/bench/import
mkdir -p "$OUT"
FILE="$OUT/antecedents-$ROWS.csv"
[ -f "$FILE" ] || { echo "generating $ROWS rows"; python3 bench/import/generate.py "$ROWS" "$FILE"; }
ls target/veiligheidshuis-*.jar >/dev/null 2>&1 || ./mvnw -B -q -DskipTests package
JAVA_HOME=$(scripts/find-jdk.sh)
HOME_DIR=$(mktemp -d)
PORT=18190
"$JAVA_HOME/bin/java" -Xmx512m -Xlog:gc:file="$HOME_DIR/gc.log" -jar target/veiligheidshuis-*.jar --vh.home="$HOME_DIR" --server.port=$PORT \
  --vh.demo.password=bench-demo-wachtwoord >"$HOME_DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; grep -h "Import van antecedenten" "$HOME_DIR/app.log" | sed "s/.*: Import/Import/"' EXIT
for _ in $(seq 1 120); do curl -fsS "localhost:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
PG_PORT=$(grep -o 'Ingebedde PostgreSQL gestart op poort [0-9]*' "$HOME_DIR/app.log" | grep -o '[0-9]*$')
TOKEN=$(grep '^secretariaat.demo ' "$HOME_DIR/demo-api-tokens.txt" | awk '{print $NF}')
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); rows: $ROWS; file: $(du -h "$FILE" | cut -f1)"

psql -q -h localhost -p "$PG_PORT" -U postgres -d postgres -c "DROP TABLE IF EXISTS bench_bare_copy;
  CREATE TABLE bench_bare_copy (registration_id TEXT, bsn TEXT, surname_prefix TEXT, surname TEXT, given_names TEXT,
  date_of_birth DATE, gender TEXT, street TEXT, house_number TEXT, postal_code TEXT, city TEXT,
  registration_date DATE, offence_code TEXT, offence_category TEXT);"
start=$(date +%s.%N)
psql -q -h localhost -p "$PG_PORT" -U postgres -d postgres -c "\copy bench_bare_copy FROM '$FILE' WITH (FORMAT csv, HEADER true)"
bare=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
echo "bare COPY into an unindexed table: ${bare} s"

start=$(date +%s.%N)
# -T streams the file (as psql's \copy does); --data-binary @file would first read all of it into memory.
curl -fsS -X POST -T "$FILE" -H "Authorization: Bearer $TOKEN" -H "Content-Type: text/csv" \
  "localhost:$PORT/api/v1/imports/police-antecedents" -o "$OUT/report.json"
imported=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
echo "import through the API (validate, COPY to staging, move with idempotency, heap 512 MB): ${imported} s"
python3 -c "import json; r=json.load(open('$OUT/report.json')); print('rows read', r['rowsRead'], 'inserted', r['rowsInserted'], 'rejected', r['rowsRejected'])"
python3 -c "print('ratio import / bare COPY:', round($imported / $bare, 2))"
# The heap in use just before each collection, highest of the whole run (start-up included): the peak.
python3 -c "import re; v=[int(m) for m in re.findall(r' (\d+)M->\d+M\(', open('$HOME_DIR/gc.log').read())]; print('peak heap before a GC:', max(v) if v else '?', 'MB of 512')"
