#!/usr/bin/env bash
# The stateful fuzzer's long run: StatefulFuzzTest with 100,000 steps (mvn verify runs 10,000).
# Seeded and reproducible: the same seed and step count send the same sequence. A failure prints
# the shortest failing sequence found, with the seed and the command that replays it; the summary
# (statuses, operations reached, time per step) is kept in target/fuzz/summary-<seed>.txt.
# Knobs: STEPS, SEED, WORLD_STEPS (steps in one world before a fresh one), SHRINK_REPLAYS.
set -euo pipefail
cd "$(dirname "$0")/../.."
STEPS=${STEPS:-100000}
SEED=${SEED:-20261202}
echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -q test -DskipWeb -Dtest=StatefulFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsigap.fuzz.steps="$STEPS" -Dsigap.fuzz.seed="$SEED" -Dquarkus.test.hang-detection-timeout=PT4H \
  -Dsigap.fuzz.world-steps="${WORLD_STEPS:-400}" -Dsigap.fuzz.shrink-replays="${SHRINK_REPLAYS:-150}" \
  | grep -v -E '^(20[0-9]{2}-|\s*$)' || true
cat "target/fuzz/summary-$SEED.txt"
! grep -q FAILED "target/fuzz/summary-$SEED.txt"
