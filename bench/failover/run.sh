#!/usr/bin/env bash
# The failover drill (FailoverDrill.java): a PostgreSQL primary and a streaming standby from the
# Debian binaries, the packaged Sigap on them through one address that follows the primary (what
# CloudNativePG's sigap-db-rw Service does), load running; the primary is killed, the standby
# promoted. Once with synchronous replication, once with asynchronous (MODE=sync|async|both).
# Needs the PostgreSQL server and client (Debian: apt-get install -y postgresql-15; set PG_BIN for
# another version). Ports 8084-8087, data in /tmp/rel-failover-<mode>.
# Knobs: MODE, CLIENTS, BEFORE, AFTER (seconds of load around the kill), PG_BIN.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests -DskipWeb -Dopenapi-client.skip=false
echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
for mode in $([ "${MODE:-both}" = both ] && echo sync async || echo "$MODE"); do
  work=/tmp/rel-failover-$mode
  rm -rf "$work" && mkdir -p "$work"
  [ "$(id -u)" != 0 ] || chown postgres "$work" # PostgreSQL runs as postgres when this runs as root
  MODE=$mode WORK=$work java bench/failover/FailoverDrill.java || { status=1; tail -20 "$work/sigap.log"; }
done
exit $status
