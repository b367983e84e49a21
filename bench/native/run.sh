#!/usr/bin/env bash
# The native executable against the jar, in one run on one machine: build time and peak memory of
# the two native builds (with and without the embedded PostgreSQL's binaries) and of the jar, their
# sizes, time to ready on a fresh and on an initialised database, resident memory at idle, and the
# intake (bench/intake) and flow (bench/flow) benchmarks against each.
#
#   bench/native/run.sh GRAALVM_HOME
#
# Needs what bench/intake and bench/flow need (wrk, pgbench) and a GraalVM or Mandrel for JDK 25.
# Knobs: PORT (it and the next), OUT (default target/native-bench; what is built is kept there and
# reused by the next run), BUILD=0 to fail rather than build what is missing,
# DURATION and WARMUP (passed to the benchmarks), SIGAP_NATIVE_OPTS (default -Xmx96m, the heap
# bound of Dockerfile.native-micro) and SIGAP_JAVA_OPTS (default that of Dockerfile.jvm).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
GRAALVM=${1:-${GRAALVM_HOME:-}}
PORT=${PORT:-8091}
BUILD=${BUILD:-1}
OUT=${OUT:-target/native-bench}
export SIGAP_NATIVE_OPTS=${SIGAP_NATIVE_OPTS--Xmx96m}
mkdir -p "$OUT"
say() { echo "$*" | tee -a "$OUT/summary.txt"; }

# --- builds, each timed by /usr/bin/time -v (elapsed, the peak resident set of the largest
# process) with native-image's own figures from its log, and its artifact copied out of target/.
# One that is already in $OUT is reused (rm -rf $OUT to build everything again).
timed() { # name, artifact, maven args...
  local name=$1 artifact=$2; shift 2
  if [ ! -e "$OUT/$artifact" ]; then
    [ "$BUILD" = 1 ] || { echo "no $OUT/$artifact and BUILD=0" >&2; exit 1; }
    /usr/bin/time -v -o "$OUT/$name.time" mvn -B "$@" >"$OUT/$name.log" 2>&1 ||
      { tail -50 "$OUT/$name.log"; exit 1; }
    if [ "$name" = jar ]; then cp -a target/quarkus-app "$OUT/$artifact"; else cp target/*-runner "$OUT/$artifact"; fi
  fi
  [ -f "$OUT/$name.time" ] && awk -F': ' -v name="$name" '
    /Command being timed/ { cmd = $2 } /Elapsed \(wall clock\)/ { wall = $2 }
    /Maximum resident set size/ { peak = $2 / 1048576 }
    END { printf "build %s: %s: %s wall, peak RSS %.1f GB (largest process)\n", name, cmd, wall, peak }' \
    "$OUT/$name.time" | tee -a "$OUT/summary.txt"
  [ -f "$OUT/$name.log" ] && grep -E "Finished generating|Peak RSS" "$OUT/$name.log" |
    sed 's/^/  native-image: /' | tee -a "$OUT/summary.txt" || true
}
: >"$OUT/summary.txt"
say "$(date -u +%FT%TZ) $(nproc) cores, $(free -g | awk '/^Mem/ { print $2 }') GB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -x "$GRAALVM/bin/native-image" ]; then say "$("$GRAALVM/bin/native-image" --version | head -1)"; fi
NATIVE=(-Pnative -DskipTests -DskipWeb -Dquarkus.native.graalvm-home="$GRAALVM")
timed native-embedded sigap-embedded package "${NATIVE[@]}"
timed jar quarkus-app package -DskipTests
mib() { echo "$(( $(stat -c %s "$1") / 1048576 )) MiB ($(stat -c %s "$1") bytes)"; }
say "size: native with embedded PostgreSQL $(mib "$OUT/sigap-embedded"); the jar's quarkus-app folder $(du -sm "$OUT/quarkus-app" | cut -f1) MiB"

# --- time to ready and idle memory, self-contained on the embedded database
JAR="$OUT/quarkus-app/quarkus-run.jar"
APP_PID=
cleanup() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT
ready() { # data-dir, command...: launches it, sets READY_MS when /q/health/ready answers 200
  local data=$1; shift
  local start; start=$(date +%s%N)
  QUARKUS_HTTP_PORT=$PORT SIGAP_DB_EMBEDDED_DATA_DIR=$data MALLOC_ARENA_MAX=2 QUARKUS_LOG_LEVEL=WARN \
    "$@" >"$data.log" 2>&1 &
  APP_PID=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$data.log" >&2; exit 1; }
    sleep 0.05
  done
  READY_MS=$(( ($(date +%s%N) - start) / 1000000 ))
}
stop() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
startup() { # name, command...
  local name=$1; shift
  local data fresh idle; data=$(mktemp -d /tmp/sigap-native-bench.XXXXXX)
  ready "$data/d" "$@"; fresh=$READY_MS; stop
  ready "$data/d" "$@"
  sleep 10
  idle=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$APP_PID/status")
  stop
  rm -rf "$data"
  say "$name: launch to ready ${fresh} ms on a fresh database (initdb, migrations, seeding), ${READY_MS} ms on the initialised one; RSS idle ${idle} MiB"
}
say "load average $(cut -d' ' -f1-3 /proc/loadavg)"
startup "native ($SIGAP_NATIVE_OPTS)" "$OUT/sigap-embedded" $SIGAP_NATIVE_OPTS
startup "JVM (${SIGAP_JAVA_OPTS-$SIGAP_IMAGE_JAVA_OPTS})" java ${SIGAP_JAVA_OPTS-$SIGAP_IMAGE_JAVA_OPTS} -jar "$JAR"

# --- the benchmarks, native then JVM, each on its own fresh database
bench() { # name, script, env...
  local name=$1 script=$2; shift 2
  say "--- $name: $script"
  # the benchmark's exit status is that of stopping its Sigap (143 after SIGTERM): not a failure
  env "$@" PORT=$((PORT + 1)) "$script" 2>&1 | tee -a "$OUT/summary.txt" || true
}
bench "intake, native" bench/intake/run.sh SIGAP_NATIVE="$OUT/sigap-embedded"
bench "intake, JVM" bench/intake/run.sh SIGAP_JAR="$JAR"
bench "flow, native" bench/flow/run.sh SIGAP_NATIVE="$OUT/sigap-embedded"
bench "flow, JVM" bench/flow/run.sh SIGAP_JAR="$JAR"
# --- last, so that the measurements above do not wait for it: the executable for Kubernetes
timed native-external-db sigap-external-db package "${NATIVE[@]}" -Pexternal-db
say "size: native without the embedded PostgreSQL (-Pexternal-db) $(mib "$OUT/sigap-external-db")"
say "summary in $OUT/summary.txt"
