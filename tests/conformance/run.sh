#!/bin/sh
# Measure fourd against 4D's documentation pages: tests/conformance/run.sh DOCS_DIR...
# Each DOCS_DIR holds Markdown pages (English pages from docs/ of the 4d/docs repository,
# or their ```4d blocks), searched recursively: /tmp/docs holds the concept and API pages
# and /tmp/docs/commands the command pages, so `run.sh /tmp/docs` measures both, and
# `run.sh /tmp/docs/commands` the command pages alone. Nothing is downloaded. Prints every
# block, then one figure line per page and the total.
set -eu
if [ $# -lt 1 ]; then
    echo "usage: $0 DOCS_DIR..." >&2
    exit 2
fi
for d in "$@"; do
    if [ ! -d "$d" ]; then
        echo "$0: $d is not a directory" >&2
        exit 2
    fi
done
here=$(cd "$(dirname "$0")/../.." && pwd)
fourd="${FOURD:-$here/target/debug/fourd}"
if [ ! -x "$fourd" ]; then
    (cd "$here" && cargo build --quiet)
fi
# shellcheck disable=SC2046
"$fourd" doctest $(find "$@" -name '*.md' | sort -u) || true
