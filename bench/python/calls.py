def main():
    def add(a, b):
        return a + b
    acc = 0
    for i in range(1, 1000001):
        acc = add(acc, i % 7)
    print(acc)


main()
