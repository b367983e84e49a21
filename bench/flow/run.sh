#!/usr/bin/env bash
# The raise-hand-to-arrival flow under load against the packaged Sigap: agents take a
# complaint in, tick a criterion and raise the hand; whoever it is routed to (R-F-3) acknowledges
# it and arrives, and the agent names them the handling TL (R-IN-10), back to back.
# Prints each step's latency and the CPU one action costs in Sigap and in PostgreSQL.
# Knobs: PORT, PAIRS, DURATION (s), WARMUP (s), SIGAP_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18094}
PAIRS=${PAIRS:-16}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-20}
. bench/lib.sh
start_sigap "$PORT"
echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# CPU per action: the client reads Sigap's and its PostgreSQL's CPU time around the measured run
SIGAP_PID=$SIGAP_PID POSTMASTER_PID=$(head -1 "$SIGAP_DATA/pg/postmaster.pid") CLK_TCK=$(getconf CLK_TCK) \
  run_bench FlowBench "$BASE" "$PAIRS" "$DURATION" "$WARMUP"
echo "Sigap RSS $(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SIGAP_PID/status") MB"
