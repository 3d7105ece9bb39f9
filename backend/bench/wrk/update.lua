-- Versioned update: PUT /api/v1/participants/{id} with the version read from the previous answer.
-- Run with as many threads as connections (-t N -c N): each thread then owns one connection and one
-- participant, requests and answers alternate, and each update is made from the current version.
-- A stale version would be a 409 and is counted as a failure.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")

local dir = os.getenv("BENCH_TARGETS")
local targets = common.lines(dir .. "/update-participants.txt")   -- "id;email;version" per line
local headers = common.headers()
local id, email, version, n = nil, nil, nil, 0

setup = common.number_threads
common.install_delay()
done = common.done

function init(args)
  local line = targets[(thread_no % #targets) + 1]
  id, email, version = line:match("([^;]+);([^;]+);(%d+)")
  version = tonumber(version)
end

function request()
  n = n + 1
  return wrk.format("PUT", "/api/v1/participants/" .. id, headers, string.format(
    '{"fullName":"Persona di prova %d","organizationRole":"Referente","email":"%s","version":%d}',
    n, email, version))
end

common.count_statuses(function(status, headers, body)
  if status == 200 then
    local v = body:match('"version"%s*:%s*(%d+)')
    if v then version = tonumber(v) end
  end
end)
