import json


def main():
    def num(x):
        return int(x) if x == int(x) else x
    items = []
    for i in range(1, 100001):
        items.append({"id": i, "name": "item number " + str(i), "price": num(i / 4), "tags": ["a", "b", "c"], "ok": i % 2 == 0})
    text = json.dumps({"items": items}, separators=(",", ":"))
    back = json.loads(text)
    again = json.dumps(back, separators=(",", ":"))
    print(f"{len(text)} {len(back['items'])} {len(again) == len(text)}")


main()
