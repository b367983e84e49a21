#!/usr/bin/env bash
# Timers under load: OPEN open cases (default 1,000,000) with an armed progress check, of which DUE
# (default 10,000) fall due at the same second, fired by REPLICAS Sigaps (default 2) polling the same
# database. WARMUP duties (default DUE) fall due and fire first, as on a floor whose open cases keep
# falling due every hour: the measured second finds the replicas' firing compiled, not interpreted. Measures how long after falling due the first and the last of them fired, whether any
# fired twice, and the CPU per fired duty of the Sigaps and of PostgreSQL; shows the plan of the
# claim query. Needs psql (Debian: postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18091}
OPEN=${OPEN:-1000000}
DUE=${DUE:-10000}
REPLICAS=${REPLICAS:-2}
WARMUP=${WARMUP:-$DUE}
. bench/lib.sh
start_sigap "$PORT"
SQL="psql -qtA -v ON_ERROR_STOP=1"
PIDS=("$SIGAP_PID")
DATA_DIRS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$SIGAP_DATA" "${DATA_DIRS[@]}"
}
trap cleanup EXIT

# further replicas on the first one's database: they only poll, so they keep keys of their own
for ((r = 2; r <= REPLICAS; r++)); do
  port=$((PORT + r - 1))
  if curl -s -o /dev/null "http://localhost:$port/"; then
    echo "port $port is taken: set PORT" >&2
    exit 1
  fi
  dir=$(mktemp -d)
  DATA_DIRS+=("$dir")
  SIGAP_DB_EMBEDDED_DATA_DIR=$dir QUARKUS_HTTP_PORT=$port QUARKUS_LOG_LEVEL=${QUARKUS_LOG_LEVEL:-WARN} \
    QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://localhost:$PGPORT/postgres \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} \
    java ${SIGAP_JAVA_OPTS-$SIGAP_IMAGE_JAVA_OPTS} -jar "${SIGAP_JAR:-target/quarkus-app/quarkus-run.jar}" \
    >"$dir/sigap.log" 2>&1 &
  PIDS+=($!)
  until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do
    kill -0 "${PIDS[-1]}" || { cat "$dir/sigap.log"; exit 1; }
    sleep 1
  done
done
echo "$(date -u +%FT%TZ) $(nproc) cores, $REPLICAS replica(s), load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "Seeding $OPEN open cases with a progress check due in a day"
$SQL <<SQL
insert into customer (id, name, created_at, root_id)
values ('00000000-0000-0000-0000-00000000be4c', 'Pelanggan uji', now(), '00000000-0000-0000-0000-00000000be4c');
insert into hard_complaint_case (id, channel, status, hard_complaint, customer_name, customer_phone,
  summary, cluster_id, created_by, created_at, handling_tl, policy_revision, customer_id)
select gen_random_uuid(), 'INBOUND_VOICE', 'IN_PROGRESS', true, 'Pelanggan ' || n, '0812' || n,
  'Beban uji', 'C1', 'agent1', now(), 'tl1', 'W-10 rev 02', '00000000-0000-0000-0000-00000000be4c'
from generate_series(1, $OPEN) n;
insert into duty (key, kind, case_id, due_at, stage, policy_revision, armed_at)
select 'progress-check:' || id, 'PROGRESS_CHECK', id, now() + interval '1 day', 0, 'W-10 rev 02', now()
from hard_complaint_case where summary = 'Beban uji';
analyze duty;
SQL

# CPU ticks (utime + stime) of the Sigaps, and of PostgreSQL's postmaster and the backends it forked
ticks() { awk '{ s += $14 + $15 } END { print s }' "$@" 2>/dev/null; }
sigap_ticks() { ticks $(for p in "${PIDS[@]}"; do echo "/proc/$p/stat"; done); }
POSTMASTER=$(head -1 "$SIGAP_DATA/pg/postmaster.pid")
postgres_ticks() { ticks "/proc/$POSTMASTER/stat" $(for p in $(pgrep -P "$POSTMASTER"); do echo "/proc/$p/stat"; done); }

# CPU ticks (utime + stime) of each named thread of the Sigaps, summed by name without its number
thread_ticks() {
  for p in "${PIDS[@]}"; do
    for t in /proc/$p/task/*; do
      printf '%s\t%s\n' "$(tr ' ' _ <"$t/comm" | sed 's/[0-9]*$//')" "$(cut -d' ' -f14,15 "$t/stat" 2>/dev/null | tr ' ' +)"
    done
  done | awk -F'\t' '$2 != "" { split($2, v, "+"); s[$1] += v[1] + v[2] } END { for (n in s) print n, s[n] }' | sort
}

if [ "$WARMUP" -gt 0 ]; then
  $SQL -c "update duty set due_at = now() where key in (select key from duty order by key offset $DUE limit $WARMUP)"
  WARMUP_DEADLINE=$((SECONDS + 120))
  until [ "$($SQL -c "select count(*) from case_event where type = 'PROGRESS_CHECK_OVERDUE'")" -ge "$WARMUP" ]; do
    [ $SECONDS -lt $WARMUP_DEADLINE ] || { echo "the warm-up did not fire within 120 s" >&2; exit 1; }
    sleep 0.2
  done
  echo "$WARMUP duties fired as warm-up"
fi

# the seed's aftermath (autovacuum, checkpoints) settles before the measured second
sleep 5
DUE_AT=$($SQL -c "with moved as (update duty set due_at = date_trunc('second', now()) + interval '5 seconds'
  where key in (select key from duty order by key limit $DUE) returning due_at) select min(due_at) from moved")
echo "$DUE duties due at $DUE_AT"

echo; echo "Plan of the claim query (cost follows the due rows, not the open ones):"
$SQL -c "explain (analyze, costs off, timing off, summary off)
  select * from duty where due_at <= now() + interval '1 hour' order by due_at limit 100 for update skip locked"

S0=$(sigap_ticks); P0=$(postgres_ticks); T0=$(thread_ticks)
# an event's time is when its batch was claimed; when the last batch committed is when a reader
# first sees them all
DEADLINE=$((SECONDS + 120))
while :; do
  read -r FIRED SEEN_AFTER_DUE < <($SQL -F ' ' -c "select count(*),
    round(extract(epoch from clock_timestamp() - '$DUE_AT'::timestamptz)::numeric, 2)
    from case_event where type = 'PROGRESS_CHECK_OVERDUE' and at >= '$DUE_AT'")
  [ "$FIRED" -lt "$DUE" ] || break
  [ $SECONDS -lt $DEADLINE ] || { echo "not all fired within 120 s" >&2; break; }
  sleep 0.1
done
S1=$(sigap_ticks); P1=$(postgres_ticks); T1=$(thread_ticks)
echo
echo "all $FIRED committed and seen by $SEEN_AFTER_DUE s after due (polled every 0.1 s)"
$SQL -F ' ' <<SQL
select 'fired (event times: when the batch was claimed)' as what, count(*) as events,
  round(extract(epoch from min(at) - '$DUE_AT'::timestamptz)::numeric, 3) as first_after_due_s,
  round(extract(epoch from max(at) - '$DUE_AT'::timestamptz)::numeric, 3) as last_after_due_s
from case_event where type = 'PROGRESS_CHECK_OVERDUE' and at >= '$DUE_AT';
select 'fired twice' as what, count(*) from (
  select case_id from case_event where type = 'PROGRESS_CHECK_OVERDUE' group by case_id having count(*) > 1) t;
SQL
HZ=$(getconf CLK_TCK)
awk -v s=$((S1 - S0)) -v p=$((P1 - P0)) -v hz="$HZ" -v n="$DUE" 'BEGIN {
  printf "CPU per duty (from 5 s before due until all fired): Sigap %.2f ms (all replicas), PostgreSQL %.2f ms\n",
    s / hz * 1000 / n, p / hz * 1000 / n }'
echo "Sigap's CPU by thread over the same time (ms per duty):"
join -a 2 <(echo "$T0") <(echo "$T1") | awk -v hz="$HZ" -v n="$DUE" 'NF == 3 { d = $3 - $2 } NF == 2 { d = $2 }
  d > 0 { printf "  %-28s %.3f\n", $1, d / hz * 1000 / n }' | sort -k2 -rn
