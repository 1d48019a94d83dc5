local o = {count = 0, total = 0}
for i = 1, 1000000 do
  o.count = o.count + 1
  o.total = o.total + i
end
print(o.count .. " " .. o.total)
