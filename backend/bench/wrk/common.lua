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

-- The writes count their answers by status (a 409 or a 422 must be seen, not only counted): each
-- thread keeps its own counts, which done() adds up through the thread objects kept by setup().
local threads = {}
function M.count_statuses(response_hook)
  statuses = {}
  response = function(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    if response_hook then response_hook(status, headers, body) end
  end
end

local function status_json()
  local total = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    if s then
      for k, v in pairs(s) do total[k] = (total[k] or 0) + v end
    end
  end
  local parts = {}
  for k, v in pairs(total) do parts[#parts + 1] = string.format('"%s":%d', tostring(k), v) end
  table.sort(parts)
  return "{" .. table.concat(parts, ",") .. "}"
end

-- The most requests one thread made (register.lua counts them in `sent`): the next run of the
-- registration write starts after the last (session, participant) pair any thread may have used.
local function max_sent()
  local m = 0
  for _, t in ipairs(threads) do m = math.max(m, t:get("sent") or 0) end
  return m
end

-- Latencies in milliseconds; errors.status counts non-2xx/3xx answers (a 409 or 422 is a failure here).
function M.done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"mean":%.3f,"p50":%.3f,"p95":%.3f,"p99":%.3f,"max":%.3f,'
      .. '"non2xx":%d,"socketErrors":%d,"statuses":%s,"maxSentPerThread":%d}\n',
    summary.requests, seconds, summary.requests / seconds, latency.mean / 1000,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout, status_json(), max_sent()))
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
  threads[#threads + 1] = thread
end

return M
