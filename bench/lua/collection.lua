local c = {}
for i = 1, 1000000 do
  c[#c + 1] = (i * 7919) % 1000003
end
table.sort(c)
local total = 0
for i = 1, #c do
  total = total + c[i]
end
print(c[1] .. " " .. c[1000000] .. " " .. total)
