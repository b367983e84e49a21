#!/usr/bin/env bash
# Case intake at 32 concurrent clients against the packaged Sigap, and the floor on the same
# machine in the same run: pgbench running the same INSERTs, one transaction per case, at the
# same concurrency. Prints both, their ratio, the CPU one case costs in Sigap and in PostgreSQL,
# and Sigap's resident memory at that load.
# Needs wrk and pgbench (Debian: apt-get install -y wrk postgresql-client).
# Knobs: PORT, CLIENTS, DURATION (s), WARMUP (s), SIGAP_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18093}
CLIENTS=${CLIENTS:-32}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-20}
. bench/lib.sh
start_sigap "$PORT"

TOKEN=$(curl -fs -H 'Content-Type: application/json' \
  -d '{"username":"agent1","password":"agent1"}' "$BASE/api/v1/auth/login" |
  sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
export TOKEN
URL=$BASE/api/v1/cases
echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warm-up ${WARMUP}s, then wrk -t2 -c$CLIENTS -d${DURATION}s"
wrk -t2 -c"$CLIENTS" -d"${WARMUP}s" -s bench/intake/intake.lua "$URL" >/dev/null

ticks() { awk '{ s += $14 + $15 } END { print s }' "$@" 2>/dev/null; }
sigap_ticks() { ticks "/proc/$SIGAP_PID/stat"; }
# this Sigap's own PostgreSQL: its postmaster and the backends it forked
POSTMASTER=$(head -1 "$SIGAP_DATA/pg/postmaster.pid")
postgres_ticks() { ticks "/proc/$POSTMASTER/stat" $(for p in $(pgrep -P "$POSTMASTER"); do echo "/proc/$p/stat"; done); }
S0=$(sigap_ticks); P0=$(postgres_ticks)
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s bench/intake/intake.lua "$URL" | tee "$SIGAP_DATA/wrk.out" |
  grep -E "^(intake|latency|errors):"
S1=$(sigap_ticks); P1=$(postgres_ticks)
RSS=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SIGAP_PID/status")
PEAK=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$SIGAP_PID/status")
CASES=$(awk '/requests in/ { print $1; exit }' "$SIGAP_DATA/wrk.out")
RATE=$(awk '/^intake:/ { print $2 }' "$SIGAP_DATA/wrk.out")
HZ=$(getconf CLK_TCK)
awk -v s=$((S1 - S0)) -v p=$((P1 - P0)) -v hz="$HZ" -v n="$CASES" -v rss="$RSS" -v peak="$PEAK" 'BEGIN {
  printf "CPU per case: Sigap %.2f ms, PostgreSQL %.2f ms; Sigap RSS %s MB (peak %s MB)\n",
    s / hz * 1000 / n, p / hz * 1000 / n, rss, peak }'

echo "pgbench floor, same INSERTs, $CLIENTS clients, ${DURATION}s:"
# the floor's cases belong to one of the customers the run took cases from (R-C-8)
CUSTOMER_ID=$(psql -Atq -c "select customer_id from customer_identifier where kind = 'PHONE' limit 1")
# -l: every transaction's latency, so that the floor's own percentiles stand beside intake's
pgbench -n -M prepared -c "$CLIENTS" -j 2 -T "$DURATION" -D customer_id="$CUSTOMER_ID" -f bench/intake/pgbench-intake.sql \
  -l --log-prefix="$SIGAP_DATA/pgbench-log" >"$SIGAP_DATA/pgbench.out" 2>&1 || { cat "$SIGAP_DATA/pgbench.out"; exit 1; }
grep -E "^(tps|latency average)" "$SIGAP_DATA/pgbench.out"
cat "$SIGAP_DATA"/pgbench-log.* | awk '{ print $3 / 1000 }' | sort -n | awk '{ v[NR] = $1 } END {
  printf "floor latency: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (intake p99 target 30 ms)\n",
    v[int(NR * 0.50)], v[int(NR * 0.90)], v[int(NR * 0.99)] }'
FLOOR=$(awk '/^tps/ { print $3 }' "$SIGAP_DATA/pgbench.out")
awk -v r="$RATE" -v f="$FLOOR" 'BEGIN { printf "intake / floor: %.0f%% (target at least 50%%)\n", 100 * r / f }'
