-- Lua's idiomatic way to build a long string: a buffer table, concatenated once.
local parts = {}
for i = 1, 200000 do
  parts[#parts + 1] = "ab" .. tostring(i % 10)
end
local s = table.concat(parts)
print(#s)
