#!/usr/bin/env bash
# The restore drill (RestoreDrill.java): a base backup and the archived WAL of a PostgreSQL under
# Sigap's load, restored to a point in time, the packaged Sigap started on the restored database,
# the timelines checked against the original's up to that point. The local-folder equivalent of
# CloudNativePG's Barman Cloud backups (docs/operations.md, "Backups and restore").
# Needs the PostgreSQL server and client (Debian: apt-get install -y postgresql-15; PG_BIN for
# another version). Ports 8084-8086, data in /tmp/rel-restore. Knobs: CLIENTS, PG_BIN.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests -DskipWeb -Dopenapi-client.skip=false
echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
WORK=${WORK:-/tmp/rel-restore}
rm -rf "$WORK" && mkdir -p "$WORK"
[ "$(id -u)" != 0 ] || chown postgres "$WORK" # PostgreSQL runs as postgres when this runs as root
WORK=$WORK java bench/restore/RestoreDrill.java
