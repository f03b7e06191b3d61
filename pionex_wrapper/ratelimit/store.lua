-- The Redis store of the rate limiter (pionex_wrapper/ratelimit/redis.py): one script, run
-- atomically by the server on its own clock.
--
-- Per budget two keys: <key>:log, a sorted set of leases scored by the latest time (ms) the
-- request can have reached the exchange (in flight: now + its lease time; settled: its end),
-- each member "<lease>:<weight>"; and <key>:ban, the time the ban ends.  All keys of one
-- limiter share a {hash tag}, so the script also runs on Redis Cluster.
--
-- KEYS: the <key>:log of each budget, then the <key>:ban of each.
-- ARGV: command ("take" | "settle" | "ban"), then
--   take:   weight, lease, lease_ms, window_ms, then the limit of each budget
--   settle: lease, weight, window_ms
--   ban:    ban_ms, extension_ms
-- Replies: take -> {0, lease} granted; {1, wait_ms, budget, in_flight} over budget;
--          {2, wait_ms, budget} banned.  ban -> the longest ban now in ms.

local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local n = #KEYS / 2
local command = ARGV[1]
local now = now_ms()
if command == 'take' then
  local weight = tonumber(ARGV[2])
  local lease = ARGV[3]
  local lease_ms = tonumber(ARGV[4])
  local window = tonumber(ARGV[5])
  local banned, banned_at = -1, 0
  for i = 1, n do
    local until_ms = tonumber(redis.call('GET', KEYS[n + i]) or '0')
    if until_ms > now and until_ms - now > banned then banned, banned_at = until_ms - now, i end
  end
  if banned_at > 0 then return {2, banned, banned_at - 1} end
  local wait, blocked, flying = -1, 0, 0
  for i = 1, n do
    redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
    local entries = redis.call('ZRANGE', KEYS[i], 0, -1, 'WITHSCORES')
    local used = 0
    for j = 1, #entries, 2 do used = used + tonumber(string.match(entries[j], ':(%d+)$')) end
    local need = used + weight - tonumber(ARGV[5 + i])
    if need > 0 then
      local freed, at, in_flight = 0, 0, 0
      for j = 1, #entries, 2 do
        freed = freed + tonumber(string.match(entries[j], ':(%d+)$'))
        if freed >= need then at = tonumber(entries[j + 1]); break end
      end
      if at > now then in_flight = 1 end
      local this_wait = at + window - now
      if this_wait > wait then wait, blocked, flying = this_wait, i, in_flight end
    end
  end
  if blocked > 0 then return {1, wait, blocked - 1, flying} end
  local member = lease .. ':' .. weight
  for i = 1, n do
    redis.call('ZADD', KEYS[i], now + lease_ms, member)
    redis.call('PEXPIRE', KEYS[i], lease_ms + window + 1000)
  end
  return {0, lease}
elseif command == 'settle' then
  local member = ARGV[2] .. ':' .. ARGV[3]
  for i = 1, n do
    if redis.call('ZADD', KEYS[i], 'XX', 'CH', now, member) == 1 then
      redis.call('PEXPIRE', KEYS[i], tonumber(ARGV[4]) + 1000)
    end
  end
  return 0
elseif command == 'ban' then
  local ban_ms, extension = tonumber(ARGV[2]), tonumber(ARGV[3])
  local longest = 0
  for i = 1, n do
    local until_ms = now + ban_ms
    local current = tonumber(redis.call('GET', KEYS[n + i]) or '0')
    if current > now then until_ms = math.max(until_ms, current + extension) end
    redis.call('SET', KEYS[n + i], until_ms, 'PX', until_ms - now + 1000)
    longest = math.max(longest, until_ms - now)
  end
  return longest
end
return redis.error_reply('unknown command ' .. tostring(command))
