-- wrk script for scripts/bench-load.sh: each connection signs in as one of the roles (its session cookie
-- comes in through the environment) and walks a mix of the main pages and API calls. With PACE_MS set,
-- each connection waits that long between requests: a fixed arrival rate of connections * 1000 / PACE_MS
-- requests a second (approximately; wrk 4 has no open-loop mode).
local paths = {}
for p in string.gmatch(os.getenv("LOAD_PATHS") or "/", "[^,]+") do table.insert(paths, p) end
local cookies = {}
for c in string.gmatch(os.getenv("LOAD_COOKIES") or "", "[^,]+") do table.insert(cookies, c) end
local pace = tonumber(os.getenv("PACE_MS") or "0")
local counter = 0
local errors = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  n = id * 7
end

function request()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  local headers = { ["Accept"] = "text/html,application/json" }
  if #cookies > 0 and string.sub(path, 1, 1) ~= "!" then
    headers["Cookie"] = "HUB_SESSION=" .. cookies[(n % #cookies) + 1]
  end
  if string.sub(path, 1, 1) == "!" then path = string.sub(path, 2) end
  return wrk.format("GET", path, headers)
end

function delay()
  return pace
end

function response(status, headers, body)
  if status >= 400 then errors = errors + 1 end
end

function done(summary, latency, requests)
  local s = summary
  io.write(string.format("requests %d, errors(status>=400 or socket) %d, rps %.1f, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    s.requests, s.errors.status + s.errors.connect + s.errors.read + s.errors.write + s.errors.timeout,
    s.requests / (s.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
