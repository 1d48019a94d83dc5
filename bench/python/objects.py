def main():
    o = {"count": 0, "total": 0}
    for i in range(1, 1000001):
        o["count"] = o["count"] + 1
        o["total"] = o["total"] + i
    print(f"{o['count']} {o['total']}")


main()
