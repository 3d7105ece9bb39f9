-- A public or authenticated GET of the URL given to wrk, at fixed concurrency.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")

wrk.method = "GET"
wrk.headers = common.headers()
common.install_delay()
done = common.done
