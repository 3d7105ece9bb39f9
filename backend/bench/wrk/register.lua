-- Registration write: POST /api/v1/sessions/{id}/participants. Request i of the whole run takes the
-- i-th (session, participant) pair of the targets the bench prepared, so no pair is sent twice and
-- every request is a real new registration (a duplicate would be a 409 and counted as a failure).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")

local dir = os.getenv("BENCH_TARGETS")
local sessions = common.lines(dir .. "/register-sessions.txt")
local participants = common.lines(dir .. "/register-participants.txt")
local threads = tonumber(os.getenv("BENCH_THREADS") or "1")
local offset = tonumber(os.getenv("BENCH_OFFSET") or "0")
local headers = common.headers()
sent = 0   -- global: done() reads it from every thread

setup = common.number_threads
common.install_delay()
common.count_statuses()
done = common.done

function request()
  local i = offset + sent * threads + thread_no
  sent = sent + 1
  local s = sessions[(i % #sessions) + 1]
  local p = participants[(math.floor(i / #sessions) % #participants) + 1]
  return wrk.format("POST", "/api/v1/sessions/" .. s .. "/participants", headers,
    '{"participantId":"' .. p .. '"}')
end
