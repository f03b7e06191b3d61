-- The Redis store of the rate limiter (pionex_wrapper/ratelimit/redis.py): one script, run
-- atomically by the server on its own clock.
--
-- Per budget three keys: <key>:log, a sorted set of leases scored by the latest time (ms) the
-- request can have reached the exchange (in flight: now + its lease time; settled: its end),
-- each member "<lease>:<weight>"; <key>:ban, the time the ban ends; and <key>:head, the
-- reservation of the one call, across every process, that waits for settled weight to leave
-- the window: "<owner> <weight> <at_ms>" (owner: the process's store), kept until that call
-- takes its weight, or HEAD_GRACE_MS after its time if it never comes back for it.  A call of
-- another owner may take now only if that call still finds its weight at its time.  All keys of
-- one limiter share a {hash tag}, so the script also runs on Redis Cluster.
--
-- KEYS: the <key>:log of each budget, then the <key>:ban of each, then the <key>:head of each.
-- ARGV: command ("take" | "settle" | "ban"), then
--   take:   weight, lease, lease_ms, window_ms, owner, reserve (1: a call that will wait for
--           its turn, which may hold the head's reservation), then the limit of each budget,
--           then optionally the reservation of the head of this owner's own queue (a call
--           behind it may pass it only if it leaves it its weight): its weight, its time (ms,
--           this server's clock), then for each budget 1 if the reservation is on it, else 0
--   settle: lease, weight, window_ms
--   ban:    ban_ms, extension_ms
-- Replies: take -> {0, lease} granted; {1, wait_ms, budget, in_flight, at_ms} over budget (at_ms:
--          when the weight is there, on this server's clock), or taking now would leave a
--          reservation short at its time; {2, wait_ms, budget} banned.  ban -> the longest ban
--          now in ms.

local HEAD_GRACE_MS = 200

local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function weight_of(member) return tonumber(string.match(member, ':(%d+)$')) end
local n = #KEYS / 3
local command = ARGV[1]
local now = now_ms()
if command == 'take' then
  local weight = tonumber(ARGV[2])
  local lease = ARGV[3]
  local lease_ms = tonumber(ARGV[4])
  local window = tonumber(ARGV[5])
  local owner = ARGV[6]
  local reserve = ARGV[7] == '1'
  local function limit(i) return tonumber(ARGV[7 + i]) end
  local banned, banned_at = -1, 0
  for i = 1, n do
    local until_ms = tonumber(redis.call('GET', KEYS[n + i]) or '0')
    if until_ms > now and until_ms - now > banned then banned, banned_at = until_ms - now, i end
  end
  if banned_at > 0 then return {2, banned, banned_at - 1} end
  local logs = {}
  local wait, blocked, flying = -1, 0, 0
  for i = 1, n do
    redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
    local entries = redis.call('ZRANGE', KEYS[i], 0, -1, 'WITHSCORES')
    logs[i] = entries
    local used = 0
    for j = 1, #entries, 2 do used = used + weight_of(entries[j]) end
    local need = used + weight - limit(i)
    if need > 0 then
      local freed, at, in_flight = 0, 0, 0
      for j = 1, #entries, 2 do
        freed = freed + weight_of(entries[j])
        if freed >= need then at = tonumber(entries[j + 1]); break end
      end
      if at > now then in_flight = 1 end
      local this_wait = at + window - now
      if this_wait > wait then wait, blocked, flying = this_wait, i, in_flight end
    end
  end
  local behind = #ARGV > 7 + n
  if blocked > 0 then
    local at = now + wait
    if reserve and not behind and flying == 0 then
      -- The head of this owner's queue: it holds the reservation of every budget nobody else holds.
      for i = 1, n do
        local held = redis.call('GET', KEYS[2 * n + i])
        if not held or string.match(held, '^(%S+) ') == owner then
          redis.call('SET', KEYS[2 * n + i], owner .. ' ' .. weight .. ' ' .. at, 'PX', wait + HEAD_GRACE_MS)
        end
      end
    end
    return {1, wait, blocked - 1, flying, at}
  end
  -- There is room now; what is in flight at a reservation's time is still counted (it ends
  -- after now, and counts a window after it ends).
  local function short(i, reserved, reserved_at)
    local horizon, used = reserved_at - window, 0
    local entries = logs[i]
    for j = 1, #entries, 2 do
      if tonumber(entries[j + 1]) > horizon then used = used + weight_of(entries[j]) end
    end
    return used + weight + reserved > limit(i)
  end
  for i = 1, n do
    local held = redis.call('GET', KEYS[2 * n + i])
    if held then
      local who, reserved, reserved_at = string.match(held, '^(%S+) (%d+) (%d+)$')
      reserved_at = tonumber(reserved_at)
      if who ~= owner and short(i, tonumber(reserved), reserved_at) then
        return {1, math.max(reserved_at - now, 0), i - 1, 0, reserved_at}
      end
    end
  end
  if behind then
    local reserved, reserved_at = tonumber(ARGV[8 + n]), tonumber(ARGV[9 + n])
    for i = 1, n do
      if ARGV[9 + n + i] == '1' and short(i, reserved, reserved_at) then
        return {1, math.max(reserved_at - now, 0), i - 1, 0, reserved_at}
      end
    end
  end
  local member = lease .. ':' .. weight
  for i = 1, n do
    redis.call('ZADD', KEYS[i], now + lease_ms, member)
    redis.call('PEXPIRE', KEYS[i], lease_ms + window + 1000)
    if not behind then
      local held = redis.call('GET', KEYS[2 * n + i])
      if held and string.match(held, '^(%S+) ') == owner then redis.call('DEL', KEYS[2 * n + i]) end
    end
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
