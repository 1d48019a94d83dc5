#!/usr/bin/env python3
"""Peer benchmarks: the same workloads in 4D (run by fourd), Python and Lua.

Usage (from the repository root, after `cargo build --release`):

    python3 bench/run.py [--runs N] [--only NAME,...] [--fourd PATH] [--check]

Each round runs every language once per workload, alternating the order, and the table
shows the median of N rounds (default 5), the ratios fourd/python and fourd/lua, the
geometric means over workloads (a)-(f), and each program's peak memory (max RSS).
Every program prints its result; the runner fails if the languages disagree.
`--check` runs each program once and only checks the results (used by the test suite).

Lua 5.4 is needed for the Lua column: `apt-get install lua5.4` (Debian/Ubuntu).
"""

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# (key, name, description); (a)-(f) count in the geometric mean.
WORKLOADS = [
    ("a", "fib", "recursive fib(27) as a method"),
    ("b", "loop", "5,000,000-iteration integer loop with a branch"),
    ("c", "append", "append 200,000 short strings, then the length"),
    ("d", "collection", "push 1,000,000 numbers, sort, sum in a loop"),
    ("e", "objects", "1,000,000 object property reads and writes"),
    ("f", "calls", "1,000,000 calls of a two-parameter method"),
    ("g", "empty", "the empty program (start-up)"),
    ("h", "workers", "4 workers x 100,000 Use/End use increments"),
    ("i", "json_roundtrip", "JSON Parse/Stringify of a ~10 MB document"),
]
GEOMEAN_KEYS = set("abcdef")


def commands(name, fourd):
    cmds = {
        "fourd": [fourd, "run", os.path.join(HERE, "4d", name + ".4dm")],
        # The interpreter running this script, by its real path: a version-manager shim
        # (pyenv's `python3` is a shell script) would add its own start-up to every run.
        "python": [sys.executable, os.path.join(HERE, "python", name + ".py")],
    }
    lua = shutil.which("lua5.4")
    if lua:
        cmds["lua"] = [lua, os.path.join(HERE, "lua", name + ".lua")]
    return cmds


def measure(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.decode()}")
    return elapsed, out.decode().strip()


def peak_rss_kib(cmd):
    """Peak memory (max RSS, KiB) of one run, measured by GNU time (`/usr/bin/time -f %M`)."""
    gnu_time = "/usr/bin/time"
    if not os.path.exists(gnu_time):
        return float("nan")
    proc = subprocess.run([gnu_time, "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        return float(proc.stderr.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        return float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default="")
    ap.add_argument("--fourd", default=os.path.join(ROOT, "target", "release", "fourd"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))
    if not os.path.exists(args.fourd):
        sys.exit(f"fourd not found at {args.fourd}: run `cargo build --release` first")

    rows = []
    failures = 0
    for key, name, desc in WORKLOADS:
        if only and name not in only and key not in only:
            continue
        cmds = commands(name, args.fourd)
        times = {lang: [] for lang in cmds}
        results = {}
        rounds = 1 if args.check else args.runs
        for r in range(rounds):
            order = list(cmds) if r % 2 == 0 else list(reversed(list(cmds)))
            for lang in order:
                t, out = measure(cmds[lang])
                times[lang].append(t)
                results[lang] = out
        distinct = set(results.values())
        agree = len(distinct) == 1
        if not agree:
            failures += 1
            print(f"({key}) {name}: results differ: {results}", file=sys.stderr)
        if args.check:
            print(f"({key}) {name}: {'ok' if agree else 'MISMATCH'} {results.get('fourd', '')}")
            continue
        med = {lang: statistics.median(ts) for lang, ts in times.items()}
        rss = {lang: peak_rss_kib(cmd) for lang, cmd in cmds.items()}
        rows.append((key, name, desc, med, rss, agree))

    if args.check:
        sys.exit(1 if failures else 0)

    print(f"machine: {os.cpu_count()} cores; median of {args.runs} runs; times in ms\n")
    header = f"{'workload':<26}{'fourd':>9}{'python':>9}{'lua':>9}{'f/py':>7}{'f/lua':>7}{'fourd MiB':>11}{'py MiB':>8}"
    print(header)
    print("-" * len(header))
    gm_py, gm_lua = [], []
    for key, name, desc, med, rss, agree in rows:
        f = med["fourd"] * 1000
        p = med["python"] * 1000
        l = med.get("lua", float("nan")) * 1000
        rpy = f / p
        rlua = f / l if "lua" in med else float("nan")
        if key in GEOMEAN_KEYS:
            gm_py.append(rpy)
            if "lua" in med:
                gm_lua.append(rlua)
        flag = "" if agree else "  (results differ!)"
        print(f"({key}) {name:<22}{f:>9.1f}{p:>9.1f}{l:>9.1f}{rpy:>7.2f}{rlua:>7.2f}"
              f"{rss['fourd'] / 1024:>11.1f}{rss['python'] / 1024:>8.1f}{flag}")

    def geomean(xs):
        return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")

    print("-" * len(header))
    print(f"geometric mean (a)-(f): fourd/python {geomean(gm_py):.2f}, fourd/lua {geomean(gm_lua):.2f}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
