# Shared by the benchmark scripts: starts the packaged Sigap (the jar, $SIGAP_JAR, or a native
# executable, $SIGAP_NATIVE) on a fresh embedded database.
# After start_sigap: $BASE is its URL, PGHOST/PGPORT/... point at its database, $SIGAP_PID is its process.

# The JVM settings of src/main/docker/Dockerfile.jvm (JAVA_OPTS_APPEND); keep the two identical.
SIGAP_IMAGE_JAVA_OPTS="-Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=4 -XX:TrimNativeHeapInterval=5000"

start_sigap() {
  local port=$1
  if curl -s -o /dev/null "http://localhost:$port/"; then
    echo "port $port is taken: set PORT" >&2
    exit 1
  fi
  local command
  if [ -n "${SIGAP_NATIVE:-}" ]; then
    # a native executable (bench/native/run.sh), with the heap bound of its container image
    command=("$SIGAP_NATIVE" ${SIGAP_NATIVE_OPTS--Xmx96m})
  else
    local jar=${SIGAP_JAR:-target/quarkus-app/quarkus-run.jar}
    [ -f "$jar" ] || mvn -B -q package -DskipTests -DskipWeb -Dopenapi-client.skip=false
    # the JVM settings of the container image (src/main/docker/Dockerfile.jvm)
    command=(java ${SIGAP_JAVA_OPTS-$SIGAP_IMAGE_JAVA_OPTS} -jar "$jar")
  fi
  SIGAP_DATA=$(mktemp -d)
  SIGAP_LOG=$SIGAP_DATA/sigap.log
  SIGAP_DB_EMBEDDED_DATA_DIR=$SIGAP_DATA QUARKUS_HTTP_PORT=$port QUARKUS_LOG_LEVEL=${QUARKUS_LOG_LEVEL:-WARN} \
    MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} "${command[@]}" >"$SIGAP_LOG" 2>&1 &
  SIGAP_PID=$!
  trap 'kill $SIGAP_PID 2>/dev/null; wait $SIGAP_PID 2>/dev/null; rm -rf "$SIGAP_DATA"' EXIT
  until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do
    kill -0 $SIGAP_PID || { cat "$SIGAP_LOG"; exit 1; }
    sleep 1
  done
  BASE=http://localhost:$port
  export PGHOST=localhost PGUSER=postgres PGDATABASE=postgres PGPASSWORD=postgres
  PGPORT=$(ls "$SIGAP_DATA"/pg/postmaster.pid >/dev/null && sed -n 4p "$SIGAP_DATA"/pg/postmaster.pid)
  export PGPORT
}

# Runs a benchmark class from src/test/java/id/sigap/bench with the test classpath.
run_bench() {
  local main=$1; shift
  mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -DskipWeb
  java ${BENCH_JAVA_OPTS-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "id.sigap.bench.$main" "$@"
}
