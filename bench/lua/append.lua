local s = ""
for i = 1, 200000 do
  s = s .. "ab" .. tostring(i % 10)
end
print(#s)
