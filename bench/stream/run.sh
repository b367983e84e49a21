#!/usr/bin/env bash
# Push latency with 1,000 streams open: raise hand -> event on the TL's socket, beside the bare
# PostgreSQL NOTIFY round trip on the same machine in the same run.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18092}
CLIENTS=${CLIENTS:-1000}
HANDS=${HANDS:-1000}
WARMUP_HANDS=${WARMUP_HANDS:-4000}
THINK_MS=${THINK_MS:-0}
. bench/lib.sh
# Nobody acknowledges the bench's hands: with the 60 s target they would be re-routed while later
# hands are measured, and each re-route is one more event fanned out. A one-hour target keeps the
# run to the path it measures.
export SIGAP_POLICY_ACKNOWLEDGE_TARGET=${SIGAP_POLICY_ACKNOWLEDGE_TARGET:-PT1H}
start_sigap "$PORT"
run_bench StreamLatencyBench "$BASE" "jdbc:postgresql://localhost:$PGPORT/postgres" "$CLIENTS" "$HANDS" "$WARMUP_HANDS" "$SIGAP_PID" "$THINK_MS"
