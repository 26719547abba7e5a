#!/usr/bin/env bash
# Prints the home of a JDK >= 21 on this machine (the one Maven toolchains would pick), for running the
# built jar directly. Looks at JAVA_HOME, then at /usr/lib/jvm.
set -euo pipefail
major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
for home in ${JAVA_HOME:-} /usr/lib/jvm/*; do
  [ -x "$home/bin/java" ] || continue
  v=$(major "$home")
  if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then echo "$home"; exit 0; fi
done
echo "No JDK >= 21 found (looked at JAVA_HOME and /usr/lib/jvm)" >&2
exit 1
