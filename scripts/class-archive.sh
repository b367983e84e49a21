#!/usr/bin/env bash
# Writes a class data sharing archive of a whole start of the packaged jar: Sigap is started once
# as a training start (sigap.start.training: on an embedded database of its own, it asks its
# readiness check and web app, then exits) by a JVM recording every class it loads. A JVM given
# the archive starts about a second sooner (bench/README.md, "Start to ready"):
#
#   mvn -B package -DskipTests && scripts/class-archive.sh
#   java -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa -jar target/quarkus-app/quarkus-run.jar
#
# Arguments: the jar (default target/quarkus-app/quarkus-run.jar) and the archive (default
# app-cds.jsa beside it). The archive names the jar by its absolute path, size and time: the same
# jar may be started from any folder, and once the jar is rebuilt the JVM warns and starts without
# the archive. It is valid only for the JVM that wrote it, so run this with the java and the JVM
# settings (SIGAP_JAVA_OPTS) of the starts that will use it. TRAINING_PORT: the HTTP port of the
# training start (default: the first free one from 18099 down).
set -euo pipefail

JAR=${1:-target/quarkus-app/quarkus-run.jar}
[ -f "$JAR" ] || { echo "no $JAR: run mvn package first" >&2; exit 1; }
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
ARCHIVE=${2:-$(dirname "$JAR")/app-cds.jsa}

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=${TRAINING_PORT:-}
if [ -z "$PORT" ]; then
  for candidate in $(seq 18099 -1 18000); do
    if port_is_free "$candidate"; then PORT=$candidate; break; fi
  done
fi
[ -n "$PORT" ] || { echo "no free port between 18000 and 18099: set TRAINING_PORT" >&2; exit 1; }

DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
rm -f "$ARCHIVE"
# the demo center and the migrations run as on a first start; the database is thrown away after
SIGAP_DB_EMBEDDED_DATA_DIR=$DATA QUARKUS_HTTP_PORT=$PORT SIGAP_START_TRAINING=true \
  java ${SIGAP_JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -jar "$JAR" >"$DATA/training.log" 2>&1 || {
  echo "the training start failed:" >&2
  tail -40 "$DATA/training.log" >&2
  exit 1
}
[ -s "$ARCHIVE" ] || { echo "the JVM wrote no $ARCHIVE" >&2; tail -40 "$DATA/training.log" >&2; exit 1; }
echo "$ARCHIVE: $(du -h "$ARCHIVE" | cut -f1), for $(java -version 2>&1 | head -1)"
