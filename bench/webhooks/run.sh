#!/usr/bin/env bash
# Webhook delivery (R-I-2) to a receiver on the same machine: lag from the event's time to its
# arrival at a steady pace of new cases, then the throughput of draining a backlog.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18093}
LAG_CASES=${LAG_CASES:-1000}
PACE=${PACE:-50}
BACKLOG=${BACKLOG:-5000}
ANSWER_DELAY_MS=${ANSWER_DELAY_MS:-0}
. bench/lib.sh
export SIGAP_POLICY_ACKNOWLEDGE_TARGET=${SIGAP_POLICY_ACKNOWLEDGE_TARGET:-PT1H}
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
start_sigap "$PORT"
run_bench WebhookBench "$BASE" "$LAG_CASES" "$PACE" "$BACKLOG" "$ANSWER_DELAY_MS"
