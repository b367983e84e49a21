#!/usr/bin/env bash
# Proves that dev mode reloads what one edits: starts `mvn quarkus:dev`, then changes a REST
# resource twice and a static file once, and each time waits until the running application serves
# the change, without a restart by hand. Exits 1 when a change is not served in time.
#
#   scripts/dev-reload-check.sh
#
# quarkus:dev of Quarkus 3.33 refuses Maven before 3.9 ("must be in [3.9.0,)"), and the plugin
# declares 3.9.12. When the mvn on the PATH is older than that, the script fetches Maven 3.9.12
# from Maven Central with the mvn it has (into ~/.m2, once) and runs dev mode with it from
# target/dev-maven. The probe files it writes (a resource class under
# src/main/java/id/sigap/devcheck and META-INF/resources/dev-reload-check.txt) are removed when it
# ends, with what dev mode compiled of them. DEV_PORT (default: a free port) is where dev mode
# listens; MAVEN_ARGS go to quarkus:dev, e.g. -o once the dev mode's artifacts are in ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."

NEEDED=3.9.12
PROBE_DIR=src/main/java/id/sigap/devcheck
PROBE=$PROBE_DIR/DevReloadProbe.java
STATIC=src/main/resources/META-INF/resources/dev-reload-check.txt
LOG=target/dev-reload-check.log
PID=
cleanup() {
  if [ -n "$PID" ]; then
    kill -- "-$PID" 2>/dev/null || kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
  # what dev mode compiled and copied of them too, or the next build would serve the probe
  rm -rf "$PROBE_DIR" "$STATIC" target/classes/id/sigap/devcheck \
    "target/classes/META-INF/resources/$(basename "$STATIC")"
}
trap cleanup EXIT

version_at_least() { # have needed
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}

MVN=mvn
HAVE=$(mvn -v 2>/dev/null | sed -nE 's/.*Apache Maven ([0-9.]+).*/\1/p' | head -n 1)
if ! version_at_least "${HAVE:-0}" "$NEEDED"; then
  MAVEN_HOME_DIR=target/dev-maven/apache-maven-$NEEDED
  if [ ! -x "$MAVEN_HOME_DIR/bin/mvn" ]; then
    echo "mvn $HAVE is older than the $NEEDED that quarkus:dev needs: fetching Maven $NEEDED"
    mvn -B -q dependency:copy -Dartifact="org.apache.maven:apache-maven:$NEEDED:tar.gz:bin" \
      -DoutputDirectory=target/dev-maven
    tar -xzf "target/dev-maven/apache-maven-$NEEDED-bin.tar.gz" -C target/dev-maven
  fi
  MVN=$MAVEN_HOME_DIR/bin/mvn
fi

probe() { # the text the probe resource answers
  mkdir -p "$PROBE_DIR"
  cat >"$PROBE" <<EOF
package id.sigap.devcheck;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Written by scripts/dev-reload-check.sh while it runs, and removed after. */
@Path("/dev-reload-check")
@PermitAll
public class DevReloadProbe {
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String text() {
    return "$1";
  }
}
EOF
}

served() { # url text seconds what: waits until the url answers exactly that text
  local start=$SECONDS
  while [ $((SECONDS - start)) -lt "$3" ]; do
    if [ "$(curl -s --max-time 60 "$1" || true)" = "$2" ]; then
      echo "dev mode: $4 served after $((SECONDS - start)) s"
      return 0
    fi
    if ! kill -0 "$PID" 2>/dev/null; then
      echo "dev mode exited:" >&2
      tail -40 "$LOG" >&2
      exit 1
    fi
    sleep 1
  done
  echo "dev mode: $4 not served within $3 s" >&2
  tail -40 "$LOG" >&2
  exit 1
}

PORT=${DEV_PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
BASE=http://localhost:$PORT
mkdir -p target "$(dirname "$STATIC")"
probe "first"
echo "plain text, first" >"$STATIC"

echo "dev mode: $MVN quarkus:dev on port $PORT (log in $LOG)"
setsid "$MVN" -B ${MAVEN_ARGS:-} quarkus:dev -DskipWeb -Dquarkus.http.port="$PORT" \
  -Dquarkus.console.enabled=false -Ddebug=false </dev/null >"$LOG" 2>&1 &
PID=$!

served "$BASE/dev-reload-check" first 900 "the first start"
probe "second"
served "$BASE/dev-reload-check" second 300 "a changed resource class (reload 1)"
probe "third"
served "$BASE/dev-reload-check" third 300 "a changed resource class (reload 2)"
echo "plain text, changed" >"$STATIC"
served "$BASE/dev-reload-check.txt" "plain text, changed" 120 "a changed static file"
echo "dev mode: every change served"
