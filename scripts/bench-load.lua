-- wrk script for scripts/bench-load.sh: each connection walks a mix of the main pages and API calls, each
-- path requested as the kind of user who uses it (session cookies come in through the environment): a
-- plain path as one of the LGA staff (LOAD_COOKIES, in turn), "!" as a visitor without a cookie, "~" as the
-- council user (LOAD_COUNCIL_COOKIE), "^" as the programme team (LOAD_ADMIN_COOKIE). A 5xx or a socket error is an error; a 4xx is counted apart, as
-- "refused", and should be 0 (every path is one its user may open). With PACE_MS set,
-- each connection waits that long between requests: a fixed arrival rate of connections * 1000 / PACE_MS
-- requests a second (approximately; wrk 4 has no open-loop mode).
local paths = {}
for p in string.gmatch(os.getenv("LOAD_PATHS") or "/", "[^,]+") do table.insert(paths, p) end
local cookies = {}
for c in string.gmatch(os.getenv("LOAD_COOKIES") or "", "[^,]+") do table.insert(cookies, c) end
local pace = tonumber(os.getenv("PACE_MS") or "0")
local council = os.getenv("LOAD_COUNCIL_COOKIE") or ""
local admin = os.getenv("LOAD_ADMIN_COOKIE") or ""
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  n = id * 7
  server_errors = 0
  refused = 0
end

function request()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  local headers = { ["Accept"] = "text/html,application/json" }
  local first = string.sub(path, 1, 1)
  if first == "~" then
    headers["Cookie"] = "HUB_SESSION=" .. council
  elseif first == "^" then
    headers["Cookie"] = "HUB_SESSION=" .. admin
  elseif first ~= "!" and #cookies > 0 then
    -- the staff member changes each time round the list of paths, so every path meets every role
    headers["Cookie"] = "HUB_SESSION=" .. cookies[(math.floor(n / #paths) % #cookies) + 1]
  end
  if first == "!" or first == "~" or first == "^" then path = string.sub(path, 2) end
  return wrk.format("GET", path, headers)
end

function delay()
  return pace
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  elseif status >= 400 then
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local s = summary
  local server, denied = 0, 0
  for _, thread in ipairs(threads) do
    server = server + thread:get("server_errors")
    denied = denied + thread:get("refused")
  end
  io.write(string.format("requests %d, errors (5xx or socket) %d, refused (4xx) %d, rps %.1f, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    s.requests, server + s.errors.connect + s.errors.read + s.errors.write + s.errors.timeout, denied,
    s.requests / (s.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
