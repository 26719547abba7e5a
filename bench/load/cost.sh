#!/usr/bin/env bash
# CPU cost per request (bench/load/cost.py): one node on the load database (bench/load/setup.sh first), the
# trivial endpoint and audited dossier reads of one intervention manager's trajectories, N requests each
# (default 5000) on 16 connections; prints the application's and the database server's CPU time per request
# and the ratio. On a machine shared with other work, CPU time per request is a steadier figure than
# throughput. Extra arguments go to the application (e.g. --spring.thymeleaf.enable-spring-el-compiler=false
# to compare a setting). Not a test; not in CI.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
OUT=$ROOT/target/bench/load
[ -f "$OUT/managers.csv" ] && [ -f "$OUT/$DB.credentials" ] || { echo "run bench/load/setup.sh first" >&2; exit 2; }
need_jar
start_postgres
load_credentials
WORK=${WORK:-$(mktemp -d)}
trap 'stop_node ${NODE_PID_app:-}' EXIT
start_node app 18312 "$@"
wait_healthy 18312 "$NODE_PID_app"
machine_line
row=$(sed -n 2p "$OUT/managers.csv"); user=${row%%,*}; rest=${row#*,}
echo "${rest%%,*}" | tr ';' '\n' >"$WORK/ids"
DATA_DIR=$(pg_lsclusters --no-header | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $6}')
python3 "$ROOT/bench/load/cost.py" http://localhost:18312 "$NODE_PID_app" "$DATA_DIR" "$user" bench-demo-wachtwoord \
  "$WORK/ids" "${N:-5000}" 16
