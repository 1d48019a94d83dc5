import threading


def main():
    counter = {"value": 0}
    lock = threading.RLock()
    def increment_many(n):
        for _ in range(n):
            with lock:
                counter["value"] = counter["value"] + 1
    threads = [threading.Thread(target=increment_many, args=(100000,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(counter["value"])


main()
