#!/usr/bin/env bash
# Throughput benchmark of the linkage command: 100,000 synthetic incoming records (half of them
# corrupted copies of registry people) linked against a synthetic registry of 1,000,000 people.
# Prints the command's own figure (scored candidate pairs per second in the scoring pass), the wall
# time of the whole command (reading both files included) and precision/recall against the ground truth.
# Usage: bench/linkage/throughput.sh [incoming] [registry]; needs the jar and target/test-classes.
set -euo pipefail
cd "$(dirname "$0")/../.."
INCOMING=${1:-100000}
REGISTRY=${2:-1000000}
OUT=${OUT:-target/bench/linkage}
mkdir -p "$OUT"
source bench/linkage/java.sh
GENERATOR=("$JAVA" -cp target/test-classes:target/classes nl.veiligheidshuis.persons.linkage.SyntheticDutchPeople)
REG="$OUT/registry-$REGISTRY.csv"
INC="$OUT/incoming-$INCOMING-$REGISTRY.csv"
[ -f "$REG" ] || "${GENERATOR[@]}" registry "$REGISTRY" "$REG"
[ -f "$INC" ] || "${GENERATOR[@]}" incoming "$INCOMING" "$REGISTRY" "$INC"
MAP=bsn=bsn,given_names=givenNames,surname_prefix=surnamePrefix,surname=surname,date_of_birth=dateOfBirth,gender=gender,street=street,house_number=houseNumber,postal_code=postalCode,city=city
echo "== $INCOMING synthetic records linked against a registry of $REGISTRY"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
"${LINKAGE[@]}" --left "$INC" --right "$REG" --id rec_id --map "$MAP" --out "$OUT/synthetic-pairs.csv"
end=$(date +%s.%N)
echo "wall time of the command: $(python3 -c "print(round($end - $start, 1))") s (load after: $(cut -d' ' -f1-3 /proc/loadavg))"
python3 bench/linkage/evaluate.py "$OUT/synthetic-pairs.csv" "$INC" "$REG" | grep -v -e "^candidate pairs" -e "^blocking recall"
