#!/usr/bin/env bash
# Measures the packaged jar as docs/operations.md reports it: time to "started in", resident memory
# (RSS) of the Java process at idle and after a short load of 2,000 API calls (creations, lists and views of cases, 16 at a time). The app runs
# self-contained: its embedded PostgreSQL is a separate process, not counted in the RSS; a first
# start creates and migrates the database, the measured second start finds it (as a pod finds its
# migrated database). Everything stays on localhost.
#
#   mvn -B package -DskipTests -DskipWeb && scripts/measure.sh [extra JVM options...]
#   mvn -B -Pnative package -DskipTests && APP=target/sigap-1.0.0-SNAPSHOT-runner scripts/measure.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/quarkus-app/quarkus-run.jar
APP=${APP:-}
PORT=${PORT:-18181}
WORK=$(mktemp -d /tmp/sigap-measure.XXXXXX)
[ -n "$APP" ] || [ -f "$JAR" ] || { echo "no $JAR: run mvn package first" >&2; exit 1; }

APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

rss() { awk '/^VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }
hwm() { awk '/^VmHWM/ {print int($2/1024)}' "/proc/$1/status"; }

start() {
  START=$(date +%s%N)
  QUARKUS_HTTP_PORT=$PORT SIGAP_DB_EMBEDDED_DATA_DIR="$WORK/data" \
    ${APP:-java "$@" -jar "$JAR"} > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
    sleep 0.1
  done
  READY_MS=$(( ($(date +%s%N) - START) / 1000000 ))
  STARTED=$(grep -o 'started in [0-9.]*s' "$WORK/app.log" | head -1)
}

start "$@"
FIRST="$STARTED (new database: initdb, migrations, seeding), ${READY_MS} ms to ready"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
start "$@"
sleep 10
IDLE=$(rss "$APP_PID")

login() {
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$1\"}" \
    "http://localhost:$PORT/api/v1/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}
AGENT=$(login agent1)
SPV=$(login spv1)
cat > "$WORK/case.json" <<'JSON'
{"channel":"INBOUND_VOICE","customer":{"name":"Budi Santoso","phone":"+62 812 3456 7890"},"summary":"Internet mati tiga hari"}
JSON
CASE=$(curl -sf -H "Authorization: Bearer $AGENT" -H 'Content-Type: application/json' -d @"$WORK/case.json" \
  "http://localhost:$PORT/api/v1/cases" | sed 's/^{"id":"\([^"]*\)".*/\1/')
LOAD_START=$(date +%s%N)
{
curl -s --no-progress-meter -Z --parallel-max 16 -o /dev/null -w "%{http_code}\n" -H "Authorization: Bearer $AGENT" -H 'Content-Type: application/json' \
  -d @"$WORK/case.json" "http://localhost:$PORT/api/v1/cases?n=[1-500]"
curl -s --no-progress-meter -Z --parallel-max 16 -o /dev/null -w "%{http_code}\n" -H "Authorization: Bearer $SPV" \
  "http://localhost:$PORT/api/v1/cases?n=[1-1000]"
curl -s --no-progress-meter -Z --parallel-max 16 -o /dev/null -w "%{http_code}\n" -H "Authorization: Bearer $SPV" \
  "http://localhost:$PORT/api/v1/cases/$CASE?n=[1-500]"
} > "$WORK/codes"
LOAD_MS=$(( ($(date +%s%N) - LOAD_START) / 1000000 ))
sleep 2
LOADED=$(rss "$APP_PID")
PEAK=$(hwm "$APP_PID")

echo "ran:                ${APP:-java ${*:+$* }-jar $JAR}"
echo "first start:        $FIRST"
echo "second start:       $STARTED"
echo "launch to ready:    ${READY_MS} ms"
echo "RSS idle:           ${IDLE} MiB"
echo "load:               $(wc -l < "$WORK/codes") requests (500 case creations, 1000 case lists, 500 case views with timeline, 16 at a time) in ${LOAD_MS} ms; status codes: $(sort "$WORK/codes" | uniq -c | tr -s ' ' | tr '\n' ' ')"
echo "RSS after load:     ${LOADED} MiB (peak ${PEAK} MiB)"
echo "machine:            $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
