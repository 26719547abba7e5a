# Sourced by the benchmark scripts: the linkage command as LINKAGE=(java … linkage), from the built jar
# when there is one, else from target/classes (dev loop, after ./mvnw compile).
JAVA=${JAVA:-}
if [ -z "$JAVA" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/java-21-openjdk-amd64/bin/java; do
    [ -x "$candidate" ] && JAVA=$candidate && break
  done
fi
JAVA=${JAVA:-java}
JAR=$(ls target/veiligheidshuis-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ "${USE_CLASSES:-}" = 1 ] || [ -z "$JAR" ]; then
  [ -f target/classpath.txt ] || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
  LINKAGE=("$JAVA" ${JAVA_OPTS:-} -cp "target/classes:$(cat target/classpath.txt)" nl.veiligheidshuis.VeiligheidshuisApplication linkage)
else
  LINKAGE=("$JAVA" ${JAVA_OPTS:-} -jar "$JAR" linkage)
fi
