#!/bin/sh
# Measure fourd against 4D's documentation pages: tests/conformance/run.sh DOCS_DIR
# DOCS_DIR holds Markdown pages (English pages from docs/ of the 4d/docs repository, or
# their ```4d blocks); nothing is downloaded. Prints every block, then one figure line
# per page and the total.
set -eu
if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 DOCS_DIR" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")/../.." && pwd)
fourd="${FOURD:-$here/target/debug/fourd}"
if [ ! -x "$fourd" ]; then
    (cd "$here" && cargo build --quiet)
fi
# shellcheck disable=SC2046
"$fourd" doctest $(find "$1" -name '*.md' | sort) || true
