-- wrk script: agents taking complaints in, POST /api/v1/cases, each answer a 201.
-- Needs TOKEN (an agent's bearer token) in the environment; run.sh sets it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("TOKEN"), "set TOKEN")
local n = 0

-- every case a call from another customer: a phone number of its own for each run, thread and
-- request (a single number for every case would have them all rename one customer, queued on its
-- row lock)
local threads = 0
function setup(thread)
  thread:set("thread_number", threads)
  threads = threads + 1
end

local run = os.time() % 100

function request()
  n = n + 1
  local body = string.format(
    '{"channel":"INBOUND_VOICE","customer":{"name":"Pelanggan %d","phone":"08%02d%d%07d"},'
      .. '"summary":"Internet mati tiga hari, pelanggan marah"}', n, run, thread_number or 0, n)
  return wrk.format(nil, nil, nil, body)
end

local not_created = 0
function response(status)
  if status ~= 201 then
    not_created = not_created + 1
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("intake: %.0f cases/s (%d requests in %.1f s)\n",
    summary.requests / seconds, summary.requests, seconds))
  io.write(string.format("latency: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  local e = summary.errors
  io.write(string.format("errors: non-2xx %d, connect %d, read %d, write %d, timeout %d\n",
    e.status, e.connect, e.read, e.write, e.timeout))
end
