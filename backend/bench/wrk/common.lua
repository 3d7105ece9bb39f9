-- Shared by every Zonale wrk script: the bearer token, an optional pause between requests (to run
-- below saturation), and one JSON line of results printed at the end for ./zonale bench to read.
local M = {}

function M.headers()
  local h = { ["Accept"] = "application/json", ["Content-Type"] = "application/json" }
  local token = os.getenv("BENCH_TOKEN")
  if token and token ~= "" then h["Authorization"] = "Bearer " .. token end
  return h
end

-- wrk calls delay() before each request of a connection when it is defined: defining it only when a
-- pause is asked keeps the saturation runs free of timer overhead.
function M.install_delay()
  local ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
  if ms and ms > 0 then
    delay = function() return ms end
  end
end

-- Latencies in milliseconds; errors.status counts non-2xx/3xx answers (a 409 or 422 is a failure here).
function M.done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"mean":%.3f,"p50":%.3f,"p95":%.3f,"p99":%.3f,"max":%.3f,'
      .. '"non2xx":%d,"socketErrors":%d}\n',
    summary.requests, seconds, summary.requests / seconds, latency.mean / 1000,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end

-- Reads lines of a file written by the bench (ids of write targets).
function M.lines(path)
  local t = {}
  for line in io.lines(path) do
    if line ~= "" then t[#t + 1] = line end
  end
  assert(#t > 0, "no lines in " .. path)
  return t
end

-- Gives every wrk thread its number (0..n-1) so that threads never pick the same write target.
local next_thread = 0
function M.number_threads(thread)
  thread:set("thread_no", next_thread)
  next_thread = next_thread + 1
end

return M
