s = ""
for i in range(1, 200001):
    s = s + "ab" + str(i % 10)
print(len(s))
