#!/usr/bin/env python3
"""Compare two fourd builds on the 4D workloads: alternating runs, median wall time each.

Usage (repository root): python3 bench/compare.py OLD_BINARY NEW_BINARY [fib,calls,...] [--runs N]

Instruction counts (bench/instructions.sh) do not see stalls: a locked (atomic) instruction,
or a whole-value read of a value just written piece by piece (store forwarding fails), costs
many cycles for one instruction. Time both builds side by side to see those.
"""
import argparse
import os
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ALL = ["fib", "loop", "append", "collection", "objects", "calls", "empty", "workers", "json_roundtrip"]


def run_once(binary, workload):
    start = time.perf_counter()
    subprocess.run([binary, "run", workload + ".4dm"], stdout=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("workloads", nargs="?", default=",".join(ALL))
    p.add_argument("--runs", type=int, default=11)
    a = p.parse_args()
    old, new = os.path.abspath(a.old), os.path.abspath(a.new)
    os.chdir(os.path.join(HERE, "4d"))
    print(f"{'workload':16}{'old ms':>9}{'new ms':>9}{'new/old':>9}")
    for w in a.workloads.split(","):
        times = {old: [], new: []}
        for _ in range(a.runs):
            for b in (old, new):
                times[b].append(run_once(b, w))
        mo, mn = statistics.median(times[old]), statistics.median(times[new])
        print(f"{w:16}{mo:9.1f}{mn:9.1f}{mn / mo:9.3f}")


if __name__ == "__main__":
    main()
