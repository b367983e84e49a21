#!/usr/bin/env bash
# Start to ready on an initialised embedded database: the packaged jar is started once on a fresh
# data folder (creates the database, migrates, seeds the demo center) and stopped, then started
# STARTS more times on that folder. For each: wall time from exec to the first 200 of
# /q/health/ready, the JVM's CPU time (user + system) at that moment, and Quarkus's own
# "started in". Then the median and the minimum. The target: under 3 s.
# The JVM runs with the class data sharing archive of a whole start beside the jar (app-cds.jsa),
# which scripts/class-archive.sh writes first when it is missing or older than a jar there, with the
# same JVM settings; APPCDS=0 measures the starts without it.
# Knobs: PORT, STARTS, SKIP_PACKAGE=1 (use the jar as built), SIGAP_JAR, SIGAP_JAVA_OPTS (replaces
# the image's JVM settings), EXTRA_JAVA_OPTS (added to them), APPCDS, APPCDS_FILE (another archive,
# used as it is), KEEP_DATA=1 (leave the folder).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18110}
STARTS=${STARTS:-5}
JAR=${SIGAP_JAR:-target/quarkus-app/quarkus-run.jar}
# the JVM settings of the container image (src/main/docker/Dockerfile.jvm), as bench/lib.sh has them
. bench/lib.sh
JAVA_OPTS=(${SIGAP_JAVA_OPTS-$SIGAP_IMAGE_JAVA_OPTS} ${EXTRA_JAVA_OPTS-})
HZ=$(getconf CLK_TCK)

if [ "${SKIP_PACKAGE:-0}" != 1 ]; then
  mvn -B -q package -DskipTests
fi
[ -f "$JAR" ] || { echo "no $JAR: run without SKIP_PACKAGE=1" >&2; exit 1; }
JAR_DIR=$(cd "$(dirname "$JAR")" && pwd)
if [ "${APPCDS:-1}" != 0 ]; then
  if [ -z "${APPCDS_FILE:-}" ]; then
    APPCDS_FILE=$JAR_DIR/app-cds.jsa
    if [ ! -f "$APPCDS_FILE" ] || [ -n "$(find "$JAR_DIR" -name '*.jar' -newer "$APPCDS_FILE")" ]; then
      SIGAP_JAVA_OPTS="${JAVA_OPTS[*]}" scripts/class-archive.sh "$JAR" "$APPCDS_FILE"
    fi
  fi
  JAVA_OPTS+=("-XX:SharedArchiveFile=$APPCDS_FILE")
fi
if curl -s -o /dev/null "http://localhost:$PORT/"; then
  echo "port $PORT is taken: set PORT" >&2
  exit 1
fi

DATA=$(mktemp -d)
PID=
stop() {
  [ -n "$PID" ] || return 0
  kill -TERM "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=
}
cleanup() {
  stop
  if [ "${KEEP_DATA:-0}" = 1 ]; then echo "data kept in $DATA"; else rm -rf "$DATA"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts the jar on $DATA, logging to $1; returns when ready and sets WALL_MS, CPU_MS, STARTED.
start() {
  local log=$1 t0 now
  t0=$(date +%s%N)
  SIGAP_DB_EMBEDDED_DATA_DIR=$DATA QUARKUS_HTTP_PORT=$PORT MALLOC_ARENA_MAX=2 \
    bash -c 'cd "$1" && shift && exec "$@"' start "$JAR_DIR" java "${JAVA_OPTS[@]}" -jar quarkus-run.jar \
    >"$log" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready"; do
    if ! kill -0 "$PID" 2>/dev/null; then
      cat "$log" >&2
      PID=
      exit 1
    fi
    if (( ($(date +%s%N) - t0) > 120000000000 )); then
      echo "not ready after 120 s" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.02
  done
  now=$(date +%s%N)
  CPU_MS=$(awk -v hz="$HZ" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$PID/stat")
  WALL_MS=$(( (now - t0) / 1000000 ))
  STARTED=$(sed -nE 's/.*started in ([0-9.]+)s.*/\1/p' "$log" | head -1)
}

echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "in $JAR_DIR: java ${JAVA_OPTS[*]} -jar quarkus-run.jar"
start "$DATA/init.log"
echo "initialising start: ${WALL_MS} ms to ready, CPU ${CPU_MS} ms, started in ${STARTED:-?} s"
stop

RESULTS=$DATA/results
: >"$RESULTS"
for i in $(seq 1 "$STARTS"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  start "$DATA/start-$i.log"
  printf 'start %d: %5d ms to ready, CPU %5d ms, started in %s s (load %s)\n' \
    "$i" "$WALL_MS" "$CPU_MS" "${STARTED:-?}" "$load"
  echo "$WALL_MS $CPU_MS ${STARTED:-0}" >>"$RESULTS"
  stop
done

stat() { # column: median and min
  sort -n -k"$1" "$RESULTS" | awk -v c="$1" '{ v[NR] = $c } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median %s, min %s", m, v[1] }'
}
echo "to ready (ms): $(stat 1); CPU (ms): $(stat 2); started in (s): $(stat 3)"
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
