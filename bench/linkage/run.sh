#!/usr/bin/env bash
# The identity-resolution benchmark: builds the jar when it is missing, then the FEBRL quality runs
# (febrl.sh) and the throughput run (throughput.sh). Figures go to standard output; docs/performance.md
# records them with machine and date. Not a test: run it by hand.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! ls target/veiligheidshuis-*.jar >/dev/null 2>&1 || [ ! -d target/test-classes ]; then
  ./mvnw -B -q -DskipTests package
fi
bash bench/linkage/febrl.sh
FLAGS=--hold-different-given-names bash bench/linkage/febrl.sh
bash bench/linkage/throughput.sh "$@"
