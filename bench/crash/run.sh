#!/usr/bin/env bash
# Crash safety: kill -9 of the application (packaged jar on Debian's PostgreSQL, database vh_crash made
# here) during a police import, during a series of plan edits and during the retention job; after each
# restart the database is checked: nothing lost, duplicated or half-written, and the audit chain verifies.
# Prints "N passed, M failed". Not in CI: kill -9 and a real server make it a drill, not a unit of the build.
set -euo pipefail
DB=vh_crash
. "$(dirname "$0")/../load/lib.sh"
need_jar
start_postgres
create_database
WORK=$(mktemp -d)
trap 'stop_node ${NODE_PID_app:-}; echo "logs in $WORK"' EXIT
passed=0; failed=0
check() { if [ "$2" = "$3" ]; then echo "PASS $1"; passed=$((passed + 1)); else echo "FAIL $1: expected $3, got $2"; failed=$((failed + 1)); fi; }
sql() { as_postgres -d "$DB" -At -c "\"$1\""; }
boot() { start_node app 18330 --vh.intake.resolution.enabled=false "$@"; wait_healthy 18330 "$NODE_PID_app"; }
audit_verify() {
  VH_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$DB" VH_DB_USER=$DB VH_DB_PASSWORD="$DB_PASSWORD" \
    "$JAVA_HOME/bin/java" -jar "$JAR" audit verify >"$WORK/verify.out" 2>&1 && echo ok || { cat "$WORK/verify.out" >&2; echo broken; }
}
boot
machine_line
TOKEN=$(grep '^secretariaat.demo ' "$WORK/app/demo-api-tokens.txt" | awk '{print $NF}')
IM_TOKEN=$(grep '^im.demo ' "$WORK/app/demo-api-tokens.txt" | awk '{print $NF}')

# 1. kill -9 during a police import of 1,000,000 rows (one transaction: COPY into the import's own
#    table, indexes, attach, the import's row).
FILE=$ROOT/target/bench/crash/antecedents.csv
mkdir -p "$(dirname "$FILE")"
[ -f "$FILE" ] || python3 "$ROOT/bench/import/generate.py" 1000000 "$FILE"
imports_before=$(sql "SELECT count(*) FROM intake_import")
rows_before=$(sql "SELECT count(*) FROM intake_antecedent")
curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -H "Content-Type: text/csv" -X POST --upload-file "$FILE" \
  localhost:18330/api/v1/imports/police-antecedents &
upload=$!
sleep "${IMPORT_KILL_AFTER:-1.5}"
kill -9 "$NODE_PID_app"; wait "$NODE_PID_app" 2>/dev/null || true; wait "$upload" 2>/dev/null || true
echo "killed during the import after ${IMPORT_KILL_AFTER:-1.5} s"
boot
imports_after=$(sql "SELECT count(*) FROM intake_import")
rows_after=$(sql "SELECT count(*) FROM intake_antecedent")
echo "after the restart: $((imports_after - imports_before)) new imports, $((rows_after - rows_before)) new antecedents (0 and 0: the killed import was rolled back as a whole)"
check "import: no import recorded half (the killed one is absent or complete)" \
  "$([ "$imports_after" = "$imports_before" ] && [ "$rows_after" = "$rows_before" ] || [ $((rows_after - rows_before)) = 1000000 ] && echo yes || echo no)" yes
check "import: every partition of intake_antecedent belongs to a recorded import" \
  "$(sql "SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'intake_antecedent'::regclass AND NOT EXISTS (SELECT 1 FROM intake_import m WHERE intake_antecedent_partition_name(m.id) = c.relname)")" 0
check "import: no table of an import left behind unattached" \
  "$(sql "SELECT count(*) FROM pg_class c WHERE c.relname LIKE 'intake_antecedent\_%' AND c.relkind = 'r' AND NOT c.relispartition AND c.relname ~ '^intake_antecedent_[0-9a-f]{32}$'")" 0
code=$(curl -s -o "$WORK/reimport.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H "Content-Type: text/csv" \
  -X POST --upload-file "$FILE" localhost:18330/api/v1/imports/police-antecedents)
check "import: the same file imports again after the restart" "$code" 201
check "import: every row of the file exactly once" \
  "$(sql "SELECT count(*) = count(DISTINCT registration_id) AND count(*) = 1000000 FROM intake_antecedent WHERE registration_id LIKE 'PV%'")" t
check "audit chain intact after the import crash" "$(audit_verify)" ok

# 2. kill -9 during plan edits: one trajectory in planning (made by SQL for the demo intervention manager),
#    interventions added one after the other through the API; the node is killed 0-90 ms after edit
#    PLAN_KILL_AT was sent (while it is processed or just answered).
T=$(python3 -c "import uuid; print(uuid.uuid4())")
as_postgres -d "$DB" -v t="$T" <<'SQL'
INSERT INTO trajectories_trajectory (id, person_id, target_group, state, origin, referral_id, urgent_reason,
  intervention_manager, intervention_manager_name, started_at, state_changed_at, version)
SELECT :'t', p.id, 'REPEAT_OFFENDER', 'PLANNING', 'URGENT_REFERRAL', gen_random_uuid(), 'Crashtest (synthetisch)',
       u.id, u.display_name, now(), now(), 1
FROM identity_user_account u, persons_person p
WHERE u.username = 'im.demo' AND NOT EXISTS (SELECT 1 FROM trajectories_trajectory t WHERE t.person_id = p.id)
LIMIT 1;
INSERT INTO trajectories_assessment (id, trajectory_id, instrument, assessed_on, overall_risk, proposed_deficits,
  confirmed_deficits, confirmed_at, confirmed_by_name, recorded_at, recorded_by, recorded_by_name)
SELECT gen_random_uuid(), id, 'RISC', current_date, 'HIGH', ARRAY['HOUSING'], ARRAY['HOUSING'], now(),
       intervention_manager_name, now(), intervention_manager, intervention_manager_name
FROM trajectories_trajectory WHERE id = :'t';
SQL
OWNER=$(sql "SELECT organisation_id FROM identity_user_account WHERE username = 'reclassering.demo'")
python3 - "$T" "$IM_TOKEN" "$OWNER" "$WORK/plan-edits.json" <<'PY' &
import json, sys, urllib.request, urllib.error, datetime
t, token, owner, out = sys.argv[1:]
base = f"http://localhost:18330/api/v1/trajectories/{t}"
def call(method, url, body=None):
    req = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.status, json.loads(r.read() or b"null")
ok, sent = 0, 0
try:
    for n in range(100000):
        status, trajectory = call("GET", base)
        body = {"description": f"Interventie {n} (crashtest)", "lifeDomain": "HOUSING", "type": "OTHER", "kind": "CARE",
                "ownerPartnerId": owner, "plannedStart": str(datetime.date.today() + datetime.timedelta(days=30)),
                "version": trajectory["version"]}
        sent += 1
        open(out + ".sending", "w").write(str(sent))
        status, _ = call("POST", base + "/plan/interventions", body)
        if status == 201:
            ok += 1
except Exception as e:
    pass
json.dump({"ok": ok, "sent": sent}, open(out, "w"))
PY
editor=$!
# Killed while the edit number PLAN_KILL_AT (default 5) is being sent or processed.
until n=$(cat "$WORK/plan-edits.json.sending" 2>/dev/null); [ "${n:-0}" -ge "${PLAN_KILL_AT:-5}" ]; do sleep 0.01; done
sleep "0.0$((RANDOM % 10))"
kill -9 "$NODE_PID_app"; wait "$NODE_PID_app" 2>/dev/null || true; wait "$editor" || true
read -r ok sent < <(python3 -c "import json; d = json.load(open('$WORK/plan-edits.json')); print(d['ok'], d['sent'])")
echo "killed during plan edit $sent: $ok edits confirmed before the kill"
boot
versions=$(sql "SELECT count(*) FROM trajectories_plan_version WHERE trajectory_id = '$T'")
latest=$(sql "SELECT count(*) FROM trajectories_plan_intervention WHERE trajectory_id = '$T' AND plan_number = (SELECT max(number) FROM trajectories_plan_version WHERE trajectory_id = '$T')")
check "plan: every confirmed edit is there, at most the one in flight more" \
  "$([ "$latest" = "$ok" ] || { [ "$latest" = $((ok + 1)) ] && [ "$sent" -gt "$ok" ]; } && echo yes || echo "no ($latest interventions)")" yes
check "plan: versions numbered 1..n without a gap" \
  "$(sql "SELECT count(*) = max(number) FROM trajectories_plan_version WHERE trajectory_id = '$T'")" t
check "plan: version n has exactly n interventions (each edit whole)" \
  "$(sql "SELECT count(*) FROM (SELECT v.number, count(i.intervention_id) AS c FROM trajectories_plan_version v LEFT JOIN trajectories_plan_intervention i ON i.trajectory_id = v.trajectory_id AND i.plan_number = v.number WHERE v.trajectory_id = '$T' GROUP BY v.number HAVING count(i.intervention_id) <> v.number) bad")" 0
check "plan: one timeline entry per plan version" \
  "$(sql "SELECT count(*) FROM trajectories_timeline_entry WHERE trajectory_id = '$T' AND kind = 'PLAN_CHANGED'")" "$versions"
check "plan: no intervention twice" \
  "$(sql "SELECT count(*) FROM (SELECT description FROM trajectories_plan_intervention WHERE trajectory_id = '$T' AND plan_number = (SELECT max(number) FROM trajectories_plan_version WHERE trajectory_id = '$T') GROUP BY description HAVING count(*) > 1) d")" 0
check "audit chain intact after the plan crash" "$(audit_verify)" ok

# 3. kill -9 during the retention job: RETENTION_PERSONS (default 3000) synthetic persons whose source records
#    (two each) were received 12 years ago, past the 2-year retention of source records. The job runs every
#    2 seconds with a lease of 15 s (a killed node's lease must run out before another run may take the job);
#    it erases one person per transaction. The node is killed when about a third of them are gone.
N_EXPIRED=${RETENTION_PERSONS:-3000}
as_postgres -d "$DB" -v n="$N_EXPIRED" <<'SQL'
WITH made AS (
  INSERT INTO persons_person (id, created_at, date_of_birth, gender, city, display_name)
  SELECT gen_random_uuid(), now() - interval '12 years', date '1970-01-01' + k, 'M', 'Heerlen',
         'Crashtest Bewaartermijn ' || k
  FROM generate_series(1, :n) k
  RETURNING id, display_name, date_of_birth)
INSERT INTO persons_source_record (id, person_id, organisation_id, organisation_name, reference, received_at, bsn,
  bsn_verified, given_names, surname, date_of_birth, gender, city, surname_key, prefix_key, given_key,
  phonetic_surname, birth_year)
SELECT gen_random_uuid(), m.id, gen_random_uuid(), 'Crashtest (synthetisch)', 'CT-' || r || '-' || m.id,
       now() - interval '12 years' - r * interval '1 day', NULL, false, 'Test', m.display_name, m.date_of_birth, 'M',
       'Heerlen', lower(m.display_name), '', 'test', 'KRSTST', extract(year FROM m.date_of_birth)
FROM made m, generate_series(1, 2) r;
SQL
remaining() { sql "SELECT count(*) FROM persons_person WHERE display_name LIKE 'Crashtest Bewaartermijn %'"; }
half_written() {
  sql "SELECT (SELECT count(*) FROM persons_person p WHERE p.display_name LIKE 'Crashtest Bewaartermijn %' AND (SELECT count(*) FROM persons_source_record s WHERE s.person_id = p.id) <> 2) + (SELECT count(*) FROM persons_source_record s WHERE s.organisation_name = 'Crashtest (synthetisch)' AND NOT EXISTS (SELECT 1 FROM persons_person p WHERE p.id = s.person_id))"
}
sql "SELECT id FROM persons_person WHERE display_name LIKE 'Crashtest Bewaartermijn %'" >"$WORK/expired-ids"
# Erasure audit records concerning these persons (their ids are all that is left of them afterwards).
erasure_records() {
  printf "SELECT count(*) FROM privacy_audit_record WHERE object_type = 'erasure' AND person_id = ANY('{%s}'::uuid[]);\n" \
    "$(paste -sd, "$WORK/expired-ids")" | as_postgres -d "$DB" -At
}
stop_node "$NODE_PID_app"
erasures_before=$(erasure_records)
echo "retention: $N_EXPIRED expired synthetic persons, $(remaining) present"
boot --vh.retention.cron='*/2 * * * * *' --vh.retention.lease=PT15S
until r=$(remaining); [ "$r" -le $((N_EXPIRED * 2 / 3)) ]; do sleep 0.05; done
kill -9 "$NODE_PID_app"; wait "$NODE_PID_app" 2>/dev/null || true
gone=$((N_EXPIRED - $(remaining)))
echo "killed during the retention job: $gone of $N_EXPIRED persons erased"
check "retention: the kill came mid-run (some erased, some left)" \
  "$([ "$gone" -gt 0 ] && [ "$gone" -lt "$N_EXPIRED" ] && echo yes || echo no)" yes
check "retention: every person whole (two source records) or wholly gone" "$(half_written)" 0
check "retention: one erasure audit record per person erased" "$(( $(erasure_records) - erasures_before ))" "$gone"
check "retention: the killed run is recorded as started and not finished" \
  "$(sql "SELECT count(*) FROM privacy_retention_run WHERE finished_at IS NULL")" 1
check "audit chain intact after the retention crash" "$(audit_verify)" ok
boot --vh.retention.cron='*/2 * * * * *' --vh.retention.lease=PT15S
t0=$(date +%s)
finished_after_kill() {
  sql "SELECT count(*) > 0 FROM privacy_retention_run WHERE finished_at IS NOT NULL AND failure IS NULL AND started_at > (SELECT started_at FROM privacy_retention_run WHERE finished_at IS NULL ORDER BY started_at LIMIT 1)"
}
until [ "$(remaining)" = 0 ] || [ $(( $(date +%s) - t0 )) -gt 600 ]; do sleep 1; done
echo "after the restart the job erased the rest of the persons in $(( $(date +%s) - t0 )) s (the killed node's lease ran out first)"
# The run goes on with the records tied to no person (here the million antecedents of case 1, registered up to
# 15 years ago: those older than five years go) and then records itself as finished.
until [ "$(finished_after_kill)" = t ] || [ $(( $(date +%s) - t0 )) -gt 900 ]; do sleep 1; done
echo "the run finished $(( $(date +%s) - t0 )) s after the restart: $(sql "SELECT persons_erased || ' persons, ' || records_erased || ' records' FROM privacy_retention_run WHERE finished_at IS NOT NULL ORDER BY started_at DESC LIMIT 1")"
check "retention: the next run completes: none of the expired persons left" "$(remaining)" 0
check "retention: no half-erased person" "$(half_written)" 0
check "retention: exactly one erasure audit record per person (none twice)" \
  "$(( $(erasure_records) - erasures_before ))" "$N_EXPIRED"
check "retention: a run after the killed one finished without failure" "$(finished_after_kill)" t
check "retention: the erasure audit records stay small (largest object id under 10 kB)" \
  "$(sql "SELECT coalesce(max(length(object_id)), 0) < 10000 FROM privacy_audit_record WHERE object_type = 'erasure'")" t
stop_node "$NODE_PID_app"
check "audit chain intact after the retention job" "$(audit_verify)" ok
echo "Crash safety: $passed passed, $failed failed"
[ "$failed" = 0 ]
