#!/usr/bin/env bash
# The raise-hand-to-arrival flow under load against the packaged Sigap: agent/TL pairs take a
# complaint in, tick a criterion, raise the hand, acknowledge it and arrive, back to back.
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
run_bench FlowBench "$BASE" "$PAIRS" "$DURATION" "$WARMUP"
echo "Sigap RSS $(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SIGAP_PID/status") MB"
