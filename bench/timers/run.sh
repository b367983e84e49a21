#!/usr/bin/env bash
# Timers under load: 100,000 open cases with an armed progress check, of which 1,000 fall due at
# the same second. Measures how long after falling due the last of them has fired, and shows the
# plan of the claim query. Needs psql (Debian: postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18091}
OPEN=${OPEN:-100000}
DUE=${DUE:-1000}
. bench/lib.sh
start_sigap "$PORT"
SQL="psql -qtA -v ON_ERROR_STOP=1"

echo "Seeding $OPEN open cases, $DUE of them due in 10 s"
$SQL <<SQL
insert into hard_complaint_case (id, channel, status, hard_complaint, customer_name, customer_phone,
  summary, cluster_id, created_by, created_at, handling_tl, policy_revision)
select gen_random_uuid(), 'INBOUND_VOICE', 'IN_PROGRESS', true, 'Pelanggan ' || n, '0812' || n,
  'Beban uji', 'C1', 'agent1', now(), 'tl1', 'W-10 rev 02'
from generate_series(1, $OPEN) n;
insert into duty (key, kind, case_id, due_at, stage, policy_revision, armed_at)
select 'progress-check:' || id, 'PROGRESS_CHECK', id,
  case when row_number() over () <= $DUE then now() + interval '10 seconds'
       else now() + interval '1 day' end,
  0, 'W-10 rev 02', now()
from hard_complaint_case where summary = 'Beban uji';
analyze duty;
SQL
DUE_AT=$($SQL -c "select min(due_at) from duty")
echo "Due at $DUE_AT"

echo; echo "Plan of the claim query (cost follows the due rows, not the open ones):"
$SQL -c "explain (analyze, costs off, timing off, summary off)
  select * from duty where due_at <= now() + interval '1 hour' order by due_at limit 100 for update skip locked"

until [ "$($SQL -c "select count(*) from case_event where type = 'PROGRESS_CHECK_OVERDUE'")" -ge "$DUE" ]; do
  sleep 0.2
done
echo
$SQL -F ' ' <<SQL
select 'fired' as what, count(*) as events,
  round(extract(epoch from min(at) - '$DUE_AT'::timestamptz)::numeric, 3) as first_after_due_s,
  round(extract(epoch from max(at) - '$DUE_AT'::timestamptz)::numeric, 3) as last_after_due_s
from case_event where type = 'PROGRESS_CHECK_OVERDUE';
select 'fired twice' as what, count(*) from (
  select case_id from case_event where type = 'PROGRESS_CHECK_OVERDUE' group by case_id having count(*) > 1) t;
SQL
