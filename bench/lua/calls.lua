local function add(a, b) return a + b end
local acc = 0
for i = 1, 1000000 do
  acc = add(acc, i % 7)
end
print(acc)
