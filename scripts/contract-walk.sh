#!/usr/bin/env bash
# Checks that Sigap answers as openapi/sigap.json says. A validating proxy (Stoplight Prism, from
# openapi/package.json) is put in front of the packaged jar (or the native executable that the
# last build produced, as target/quarkus-artifact.properties says), one ordinary case is walked from intake
# to closed through it (the README's walk), a second one to a TL takeover, a TelkomCare thread is
# received, the read endpoints and a few refusals are called, and every request and answer that
# does not match the document is reported. Exits 1 when there is any violation.
#
#   mvn -B -q package -DskipTests && scripts/contract-walk.sh
#
# SIGAP_URL=http://localhost:8080 uses a Sigap that is already running (with the demo center)
# instead of starting the jar; CONTRACT_DB (default /tmp/contract-db) is where the started jar keeps
# its embedded PostgreSQL, wiped first. Needs Java 17, Node 20 and curl.
set -euo pipefail
cd "$(dirname "$0")/.."

DB_DIR=${CONTRACT_DB:-/tmp/contract-db}
DOCUMENT=${OPENAPI_DOCUMENT:-openapi/sigap.json}
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}
wait_for() { # url, seconds, what
  for _ in $(seq 1 "$2"); do
    if curl -s -o /dev/null "$1"; then return 0; fi
    sleep 1
  done
  echo "$3 did not answer at $1" >&2
  return 1
}

if [ ! -x openapi/node_modules/.bin/prism ]; then
  npm --prefix openapi ci --no-audit --no-fund --loglevel=error >/dev/null
fi

if [ -z "${SIGAP_URL:-}" ]; then
  APP_PORT=$(free_port)
  OPTIONS=(-Dquarkus.http.port="$APP_PORT" -Dsigap.db.embedded.data-dir="$DB_DIR" -Dsigap.db.embedded.fresh=true)
  # what the last build produced: the native executable after -Pnative, otherwise the jar
  ARTIFACT=target/quarkus-artifact.properties
  if grep -qx 'type=native' "$ARTIFACT" 2>/dev/null; then
    "target/$(sed -n 's/^path=//p' "$ARTIFACT")" "${OPTIONS[@]}" >"$WORK/sigap.log" 2>&1 &
  else
    [ -f target/quarkus-app/quarkus-run.jar ] || {
      echo "no target/quarkus-app/quarkus-run.jar: run mvn -B -q package -DskipTests first" >&2
      exit 2
    }
    java "${OPTIONS[@]}" -jar target/quarkus-app/quarkus-run.jar >"$WORK/sigap.log" 2>&1 &
  fi
  PIDS+=($!)
  SIGAP_URL=http://localhost:$APP_PORT
  wait_for "$SIGAP_URL/q/health/ready" 300 Sigap || { tail -20 "$WORK/sigap.log" >&2; exit 2; }
fi

PROXY_PORT=$(free_port)
openapi/node_modules/.bin/prism proxy "$DOCUMENT" "$SIGAP_URL" --errors \
  --host 127.0.0.1 --port "$PROXY_PORT" >"$WORK/prism.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$PROXY_PORT/" 120 Prism || { tail -20 "$WORK/prism.log" >&2; exit 2; }

API=http://127.0.0.1:$PROXY_PORT/api/v1
: >"$WORK/violations"
: >"$WORK/calls"

# call EXPECTED_STATUS TOKEN METHOD PATH [BODY]: prints the answer's body (often inside $(...), so
# what it finds goes to files)
call() {
  local expected=$1 token=$2 method=$3 path=$4 body=${5-}
  local args=(-s -X "$method" -D "$WORK/headers" -o "$WORK/body" -w '%{http_code}')
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  [ -n "${IDEMPOTENCY_KEY:-}" ] && args+=(-H "Idempotency-Key: $IDEMPOTENCY_KEY")
  local status
  status=$(curl "${args[@]}" "$API$path")
  echo "$method $path" >>"$WORK/calls"
  local violations
  violations=$(grep -i '^sl-violations:' "$WORK/headers" | cut -d' ' -f2- | tr -d '\r' || true)
  if [ -n "$violations" ] && [ "$violations" != "[]" ]; then
    echo "$method $path -> $status: $violations" >>"$WORK/violations"
  elif [ "$status" != "$expected" ]; then
    echo "$method $path -> $status, expected $expected: $(head -c 600 "$WORK/body")" >>"$WORK/violations"
  fi
  cat "$WORK/body"
}
json_field() { # name: the first string value of that field in stdin (a case's own id comes
  # before its customer's)
  { grep -oE "\"$1\":\"[^\"]+\"" || true; } | head -n 1 | sed -E 's/^"[^"]+":"([^"]+)"$/\1/'
}
token() {
  call 200 "" POST /auth/login "{\"username\":\"$1\",\"password\":\"$1\"}" | json_field accessToken
}

AGENT=$(token agent1)
TL=$(token tl1)
SPV=$(token spv1)
ADMIN=$(token admin1)
QC=$(token qc1)
LOGIN=$(call 200 "" POST /auth/login '{"username":"manager1","password":"manager1"}')
MANAGER=$(echo "$LOGIN" | json_field accessToken)
REFRESH=$(echo "$LOGIN" | json_field refreshToken)

# --- an ordinary hard complaint, from raised hand to closed case (the README's walk) ---
KEY=walk-$RANDOM-$$
NEW_CASE='{"channel":"INBOUND_VOICE","customer":{"name":"Budi Santoso","phone":"081234567890"},
  "summary":"Internet mati tiga hari, pelanggan marah"}'
CASE=$(IDEMPOTENCY_KEY=$KEY call 201 "$AGENT" POST /cases "$NEW_CASE" | json_field id)
IDEMPOTENCY_KEY=$KEY call 200 "$AGENT" POST /cases "$NEW_CASE" >/dev/null
call 200 "$AGENT" PUT "/cases/$CASE/assessment" '{"criteria":["C-IN-1"]}' >/dev/null
HAND=$(call 201 "$AGENT" POST "/cases/$CASE/escalations" '{}' | json_field id)
call 200 "$TL" POST "/escalations/$HAND/acknowledge" '{}' >/dev/null
call 200 "$TL" POST "/escalations/$HAND/arrive" '{}' >/dev/null
call 409 "$TL" POST "/cases/$CASE/callbacks" \
  '{"deskId":"DESK-C1","outcome":"REACHED","note":"x","final":false}' >/dev/null
call 200 "$AGENT" PUT "/cases/$CASE/handling-tl" '{"tl":"tl1"}' >/dev/null
call 201 "$TL" POST "/cases/$CASE/coordinations" \
  '{"unit":"COMPLAINT_HANDLING","note":"Gangguan ODP, teknisi dijadwalkan","policyDecision":false}' >/dev/null
call 201 "$TL" POST "/cases/$CASE/progress-checks" '{"note":"Teknisi sudah berangkat"}' >/dev/null
call 422 "$TL" POST "/cases/$CASE/callbacks" \
  '{"deskId":"WS-C1-01","outcome":"REACHED","note":"x","final":true}' >/dev/null
call 201 "$TL" POST "/cases/$CASE/callbacks" \
  '{"deskId":"DESK-C1","outcome":"REACHED","note":"Layanan sudah normal","final":true}' >/dev/null
call 200 "$TL" POST "/cases/$CASE/close" '{"resolution":"ODP diperbaiki, layanan normal"}' >/dev/null
call 200 "$AGENT" GET "/cases/$CASE" >/dev/null
call 200 "$QC" GET "/cases/$CASE" >/dev/null

# --- a second one: the agent asks for a takeover, the TL takes the call over ---
CASE2=$(call 201 "$AGENT" POST /cases "$NEW_CASE" | json_field id)
call 200 "$AGENT" GET "/cases/$CASE2" >/dev/null
call 200 "$AGENT" PUT "/cases/$CASE2/assessment" \
  '{"criteria":["C-IN-2","C-IN-5"],"otherReason":"Mengancam lapor ke media"}' >/dev/null
HAND2=$(call 201 "$AGENT" POST "/cases/$CASE2/escalations" '{"takeoverRequested":true}' | json_field id)
call 200 "$TL" POST "/escalations/$HAND2/acknowledge" >/dev/null
call 200 "$TL" POST "/cases/$CASE2/takeover" '{}' >/dev/null
call 200 "$AGENT" PUT "/cases/$CASE2/handling-tl" '{"tl":"tl1"}' >/dev/null
call 200 "$TL" PUT "/cases/$CASE2/policy-decision" '{"note":"Kompensasi di luar kewenangan TL"}' >/dev/null
call 200 "$TL" POST "/cases/$CASE2/flag-review" '{"confirmed":true}' >/dev/null

# --- a TelkomCare thread, received from a social-listening tool ---
MESSAGE='{"externalId":"post-'$KEY'","channel":"SOCIAL","author":{"handle":"@pelanggan_setia",
  "name":"Pelanggan Setia","followers":120},"text":"INTERNET MATI LAGI!!! @BRTI_ID tolong, saya lapor ke TV",
  "at":"2026-01-05T08:00:00Z"}'
TC_CASE=$(call 201 "$ADMIN" POST /telkomcare/messages "$MESSAGE" | json_field caseId)
call 200 "$ADMIN" POST /telkomcare/messages "$MESSAGE" >/dev/null
call 200 "$TL" GET "/cases/$TC_CASE" >/dev/null
call 200 "$AGENT" POST /telkomcare/assessments '{"channel":"EMAIL","messages":[{"at":"2026-01-05T08:00:00Z",
  "text":"Saya akan lapor ke media kalau tidak diperbaiki"}]}' >/dev/null

# --- the read endpoints ---
call 200 "$AGENT" GET /cases >/dev/null
call 200 "$TL" GET "/cases?status=CLOSED&page=0&size=10" >/dev/null
call 200 "$SPV" GET /cases >/dev/null
call 200 "$AGENT" GET /desks >/dev/null
call 200 "$AGENT" GET /users >/dev/null
call 200 "$AGENT" GET "/users?role=TEAM_LEADER" >/dev/null
call 200 "$TL" GET /duties >/dev/null
call 200 "$SPV" GET /kpis >/dev/null
call 200 "$AGENT" GET /policy/active >/dev/null
call 200 "$SPV" GET /policy/revisions >/dev/null
call 200 "$ADMIN" GET /service-accounts >/dev/null
call 200 "$ADMIN" GET /watchlist >/dev/null
call 201 "$AGENT" POST /stream/tickets '{}' >/dev/null
call 201 "$TL" POST /stream/tickets >/dev/null

# --- refusals: problem+json as documented ---
call 401 "" GET /cases >/dev/null
call 403 "$QC" POST /cases "$NEW_CASE" >/dev/null
call 404 "$AGENT" GET /cases/00000000-0000-0000-0000-000000000000 >/dev/null

# --- sessions ---
call 200 "" POST /auth/refresh "{\"refreshToken\":\"$REFRESH\"}" >/dev/null
call 204 "$MANAGER" POST /auth/logout '{}' >/dev/null

echo "contract walk: $(wc -l <"$WORK/calls") calls through Prism ($DOCUMENT) against $SIGAP_URL"
if [ -s "$WORK/violations" ]; then
  cat "$WORK/violations"
  echo "contract walk: $(wc -l <"$WORK/violations") calls violate $DOCUMENT or were not answered as expected"
  exit 1
fi
echo "contract walk: 0 violations"
