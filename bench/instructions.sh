#!/bin/bash
# Instructions per iteration of scaled-down bench workloads, counted by valgrind's
# callgrind: a steady figure on a busy or shared machine, where wall-clock times wander.
# Usage (repository root, after `cargo build --release`): bench/instructions.sh [FOURD]
set -euo pipefail
BIN=$(realpath "${1:-target/release/fourd}")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$HERE"/4d/_*.4dm "$WORK"/
sed 's/5000000/200000/' "$HERE/4d/loop.4dm" > "$WORK/loop.4dm"
sed 's/1000000/100000/' "$HERE/4d/calls.4dm" > "$WORK/calls.4dm"
sed 's/1000000/100000/' "$HERE/4d/objects.4dm" > "$WORK/objects.4dm"
sed 's/200000/100000/' "$HERE/4d/append.4dm" > "$WORK/append.4dm"
sed 's/_fib(27)/_fib(20)/' "$HERE/4d/fib.4dm" > "$WORK/fib.4dm"
sed 's/1000000/100000/; s/999999/99999/' "$HERE/4d/collection.4dm" > "$WORK/collection.4dm"
: > "$WORK/empty.4dm"
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" run "$1" 2>&1 | awk '/Collected/{print $4}'; }
cd "$WORK"
base=$(count empty.4dm)
echo "start-up: $base instructions"
# workload and its iteration count (fib(20) makes 21,891 calls)
for w in "fib 21891" "loop 200000" "append 100000" "collection 100000" "objects 100000" "calls 100000"; do
  set -- $w
  echo "$1: $(( ($(count "$1.4dm") - base) / $2 )) instructions per iteration"
done
