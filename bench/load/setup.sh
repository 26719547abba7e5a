#!/usr/bin/env bash
# Load benchmark, part 1: builds the house of the working-day benchmark in a fresh database vh_load on
# Debian's PostgreSQL server (started here). Steps:
#  1. the application (packaged jar, demo mode) migrates the schema and seeds the demo accounts;
#  2. 1,000,000 police antecedents of 20,000 persons (bench/import/generate.py --persons) through the
#     application's own import API (POST /api/v1/imports/police-antecedents: the real path);
#  3. the 20,000 persons and their person ids from the generator's ground truth
#     (bench/selection/setup-persons.sql: identity resolution of a million rows is not what is measured);
#  4. 2,000 trajectories with a year of history and 200 extra accounts by direct SQL (bench/load/house.sql),
#     because the application's write paths stamp everything with today's date.
# Afterwards the database is kept; bench/load/run.sh runs the simulation on it. Not a test; not in CI.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
PERSONS=${PERSONS:-20000}
ROWS=${ROWS:-1000000}
OUT=$ROOT/target/bench/load
mkdir -p "$OUT"
FILE=$OUT/antecedents-$PERSONS-$ROWS.csv
if [ ! -f "$FILE" ]; then
  start=$(date +%s.%N)
  python3 "$ROOT/bench/import/generate.py" --persons "$PERSONS" --until "$(date -u +%Y-%m-%d)" "$ROWS" "$FILE"
  echo "generated $ROWS antecedents of $PERSONS persons in $(secs "$start") s"
fi
need_jar
start_postgres
create_database
WORK=$(mktemp -d)
trap 'stop_node ${NODE_PID_setup:-}; echo "log: $WORK/setup.log"' EXIT
start_node setup 18300 --vh.intake.resolution.enabled=false
wait_healthy 18300 "$NODE_PID_setup"
machine_line
# The demo API tokens are written once, when the demo data is seeded: kept for the later scripts.
install -m 600 "$WORK/setup/demo-api-tokens.txt" "$OUT/demo-api-tokens.txt"
TOKEN=$(grep '^secretariaat.demo ' "$OUT/demo-api-tokens.txt" | awk '{print $NF}')
start=$(date +%s.%N)
curl -fsS -H "Authorization: Bearer $TOKEN" -H "Content-Type: text/csv" -X POST --upload-file "$FILE" \
  "localhost:18300/api/v1/imports/police-antecedents" -o "$OUT/import-report.json"
IMPORT_ID=$(python3 -c "import json; print(json.load(open('$OUT/import-report.json'))['importId'])")
echo "1/3 import through the API: $(secs "$start") s ($(python3 -c "import json; r=json.load(open('$OUT/import-report.json')); print('rows read', r['rowsRead'], 'inserted', r['rowsInserted'], 'rejected', r['rowsRejected'])"))"
stop_node "$NODE_PID_setup"
start=$(date +%s.%N)
as_postgres -d "$DB" -v import_id="$IMPORT_ID" -f "$ROOT/bench/selection/setup-persons.sql" <"${FILE%.csv}-persons.csv"
# setup-persons.sql rewrote the import's partition as the superuser: give it back to the schema owner, with
# the application role's rights (the migrations' default privileges do not apply to a changed owner).
PART=$(as_postgres -d "$DB" -At -c "\"SELECT intake_antecedent_partition_name('$IMPORT_ID')\"")
as_postgres -d "$DB" -c "\"ALTER TABLE $PART OWNER TO ${DB}_owner; GRANT SELECT, INSERT, UPDATE, DELETE ON $PART TO $DB\""
# Written around identity resolution, so also around the triggers that keep selection's per-person facts (V144):
# build those once from the source, as the migration does.
as_postgres -d "$DB" -At -c "\"SELECT 'selection facts of ' || selection_person_facts_rebuild() || ' persons'\""
echo "2/3 persons from the ground truth: $(secs "$start") s"
start=$(date +%s.%N)
chmod 777 "$OUT"
as_postgres -d "$DB" -v feeders_dir="$OUT" -f "$ROOT/bench/load/house.sql"
echo "3/3 trajectories, history and accounts by SQL: $(secs "$start") s"
as_postgres -d "$DB" -At -c "\"SELECT 'persons ' || (SELECT count(*) FROM persons_person) || ', antecedents ' || (SELECT count(*) FROM intake_antecedent) || ', trajectories ' || (SELECT count(*) FROM trajectories_trajectory) || ', timeline entries ' || (SELECT count(*) FROM trajectories_timeline_entry) || ', progress reports ' || (SELECT count(*) FROM trajectories_progress_report) || ', accounts ' || (SELECT count(*) FROM identity_user_account)\""
echo "database $DB ready on port $PG_PORT (credentials in $OUT/$DB.credentials)"
