#!/usr/bin/env bash
# Push latency with 1,000 streams open: raise hand -> event on the TL's socket, beside the bare
# PostgreSQL NOTIFY round trip on the same machine in the same run.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18092}
CLIENTS=${CLIENTS:-1000}
HANDS=${HANDS:-300}
WARMUP_HANDS=${WARMUP_HANDS:-1000}
. bench/lib.sh
start_sigap "$PORT"
run_bench StreamLatencyBench "$BASE" "jdbc:postgresql://localhost:$PGPORT/postgres" "$CLIENTS" "$HANDS" "$WARMUP_HANDS"
