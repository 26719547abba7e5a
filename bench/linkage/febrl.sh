#!/usr/bin/env bash
# FEBRL quality benchmark of the linkage command: FEBRL4 linked (all columns, then without soc_sec_id)
# and FEBRL3 deduplicated. Usage: bench/linkage/febrl.sh [java command]; needs target/classes built.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${FEBRL_DATA:-../shared/data/febrl}
[ -d "$DATA" ] || DATA=/work/shared/data/febrl
OUT=${OUT:-target/bench/linkage}
mkdir -p "$OUT"
source bench/linkage/java.sh
MAP=given_name=givenNames,surname=surname,street_number=houseNumber,address_1=street,suburb=city,postcode=postalCode,date_of_birth=dateOfBirth
# FLAGS: extra options for every run, e.g. --hold-different-given-names (see docs/performance.md)
FLAGS=${FLAGS:-}
run() {
  local name=$1; shift
  echo "== $name ${FLAGS}"
  echo "\$ linkage $* --all-candidates ${FLAGS}"
  "${LINKAGE[@]}" "$@" --all-candidates ${FLAGS}
}
run "FEBRL4 linked, all columns" --left "$DATA/dataset4a.csv" --right "$DATA/dataset4b.csv" --id rec_id \
  --map "$MAP,soc_sec_id=identifier" --out "$OUT/febrl4.csv"
python3 bench/linkage/evaluate.py "$OUT/febrl4.csv" "$DATA/dataset4a.csv" "$DATA/dataset4b.csv"
run "FEBRL4 linked, without soc_sec_id" --left "$DATA/dataset4a.csv" --right "$DATA/dataset4b.csv" --id rec_id \
  --map "$MAP" --out "$OUT/febrl4-no-ssn.csv"
python3 bench/linkage/evaluate.py "$OUT/febrl4-no-ssn.csv" "$DATA/dataset4a.csv" "$DATA/dataset4b.csv"
run "FEBRL3 deduplicated, all columns" --left "$DATA/dataset3.csv" --id rec_id \
  --map "$MAP,soc_sec_id=identifier" --out "$OUT/febrl3.csv"
python3 bench/linkage/evaluate.py "$OUT/febrl3.csv" "$DATA/dataset3.csv"
run "FEBRL3 deduplicated, without soc_sec_id" --left "$DATA/dataset3.csv" --id rec_id \
  --map "$MAP" --out "$OUT/febrl3-no-ssn.csv"
python3 bench/linkage/evaluate.py "$OUT/febrl3-no-ssn.csv" "$DATA/dataset3.csv"
