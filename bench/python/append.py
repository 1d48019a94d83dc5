def main():
    # CPython's idiomatic append (`+=` on a local is done in place).
    s = ""
    for i in range(1, 200001):
        s += "ab" + str(i % 10)
    print(len(s))


main()
