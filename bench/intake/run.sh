#!/usr/bin/env bash
# Case intake at 32 concurrent clients against the packaged Sigap, and the floor on the same
# machine in the same run: pgbench running the same INSERTs, one transaction per case, at the
# same concurrency. Needs pgbench (Debian: postgresql-contrib or the postgresql server package).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18093}
CLIENTS=${CLIENTS:-32}
SECONDS_=${SECONDS_:-30}
. bench/lib.sh
start_sigap "$PORT"
run_bench IntakeBench "$BASE" "$CLIENTS" "$SECONDS_" "$SIGAP_PID"
echo "pgbench floor, same INSERTs, $CLIENTS clients:"
pgbench -n -c "$CLIENTS" -j 2 -T "$SECONDS_" -f bench/intake/pgbench-intake.sql 2>&1 \
  | grep -E "^(tps|latency average|number of transactions actually processed)"
