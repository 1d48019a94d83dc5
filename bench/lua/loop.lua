local s = 0
for i = 1, 5000000 do
  if i % 3 == 0 then s = s + (i // 3) else s = s - 1 end
end
print(s)
