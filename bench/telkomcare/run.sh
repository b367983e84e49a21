#!/usr/bin/env bash
# HTTP load run of POST /api/v1/telkomcare/assessments: packages the app, starts the jar on port
# 8090 with a throw-away embedded database, signs in as agent1, warms the JIT up for 10 s, then
# runs wrk with 50 connections for 30 s and prints throughput and p50/p90/p99. Stops the app.
# Needs wrk (apt-get update && apt-get install -y wrk) and curl. Everything stays on 127.0.0.1.
# Knobs: PORT, CONNECTIONS, DURATION, WARMUP, SKIP_PACKAGE=1 (reuse target/quarkus-app), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-8090}
CONNECTIONS=${CONNECTIONS:-50}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
URL=http://127.0.0.1:$PORT/api/v1/telkomcare/assessments
SCRIPT=bench/telkomcare/assess.lua

command -v wrk >/dev/null || { echo "wrk is missing: apt-get update && apt-get install -y wrk" >&2; exit 1; }
if [ -z "${SKIP_PACKAGE:-}" ]; then
  mvn -B -q package -DskipTests -DskipWeb
fi

if ss -ltn "sport = :$PORT" | grep -q LISTEN; then
  echo "Port $PORT is taken by another process; set PORT to a free one" >&2
  exit 1
fi

DATA=$(mktemp -d)
LOG=$DATA/app.log
# shellcheck disable=SC2086
SIGAP_DB_EMBEDDED_DATA_DIR=$DATA/db QUARKUS_HTTP_PORT=$PORT \
  java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
APP=$!
stop() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  rm -rf "$DATA"
}
trap stop EXIT

for _ in $(seq 1 180); do
  kill -0 "$APP" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  sleep 1
done
grep -q "Listening on: http.*:$PORT" "$LOG" || { cat "$LOG" >&2; exit 1; }

TOKEN=$(curl -fs -H 'Content-Type: application/json' \
  -d '{"username":"agent1","password":"agent1"}' "http://127.0.0.1:$PORT/api/v1/auth/login" |
  sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
export TOKEN

echo "One answer:"
curl -fs -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data-binary @bench/telkomcare/thread-10.json "$URL" | head -c 400
echo
echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Warm-up: $WARMUP"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$SCRIPT" "$URL" >/dev/null
# CPU the app used (user + system clock ticks), so that a run on a busy machine still tells what
# one request costs
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP/stat"; }
echo "Measured: wrk -t2 -c$CONNECTIONS -d$DURATION --latency -s $SCRIPT $URL"
BEFORE=$(cpu_ticks)
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$SCRIPT" "$URL" | tee "$DATA/wrk.out"
AFTER=$(cpu_ticks)
REQUESTS=$(awk '/requests in/ { print $1; exit }' "$DATA/wrk.out")
awk -v ticks=$((AFTER - BEFORE)) -v hz="$(getconf CLK_TCK)" -v n="$REQUESTS" 'BEGIN {
  us = ticks / hz * 1e6 / n
  printf "app CPU: %.0f us per request (%.1f s for %d requests) = %.0f requests/s per core\n",
    us, ticks / hz, n, 1e6 / us }'
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
