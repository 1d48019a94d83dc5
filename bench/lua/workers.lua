-- Lua has no threads: four coroutines take turns incrementing under a (trivial) lock,
-- doing the same total work.
local counter = {value = 0}
local function increment_many(n)
  for _ = 1, n do
    counter.value = counter.value + 1
    if _ % 1000 == 0 then coroutine.yield() end
  end
end
local cos = {}
for w = 1, 4 do cos[w] = coroutine.create(function() increment_many(100000) end) end
local alive = 4
while alive > 0 do
  alive = 0
  for w = 1, 4 do
    if coroutine.status(cos[w]) ~= "dead" then
      coroutine.resume(cos[w])
      alive = alive + 1
    end
  end
end
print(counter.value)
