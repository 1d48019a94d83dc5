def main():
    c = []
    for i in range(1, 1000001):
        c.append((i * 7919) % 1000003)
    c.sort()
    total = 0
    for i in range(0, len(c)):
        total = total + c[i]
    print(f"{c[0]} {c[999999]} {total}")


main()
