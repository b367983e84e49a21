#!/usr/bin/env bash
# In-process throughput: JSON body -> detector with the seed watchlist -> JSON answer, without HTTP.
# Arguments are passed on: seconds to measure (default 5) and threads (default 1, then all cores).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile -DskipWeb
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
mvn -B -q dependency:build-classpath -DskipWeb -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
echo "$(date -u +%FT%TZ) load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" id.sigap.telkomcare.AssessmentThroughput "$@"
