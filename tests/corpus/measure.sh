#!/usr/bin/env bash
# Measure how many real .4dm files `fourd check` accepts.
#
# usage: tests/corpus/measure.sh DIR
#   DIR holds one folder per repository (e.g. DIR/4d+4D-SVG/, DIR/JPods+WebClerk19/), with
#   the repositories' files extracted into them (see tests/corpus/README.md). This script
#   downloads nothing. It prints a Markdown table (files, accepted, %) per repository,
#   totals with and without JPods/WebClerk19, a JPods figure without its `... 2.4dm`
#   duplicates and Trash/ and weeding/ folders, and then the rejected files.
# env: FOURD=path/to/fourd (default: target/debug/fourd, built with cargo if missing).
set -euo pipefail

dir=${1:?usage: tests/corpus/measure.sh DIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
fourd=${FOURD:-$root/target/debug/fourd}
if [ ! -x "$fourd" ]; then
    (cd "$root" && cargo build --quiet)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

row() { # name files rejected
    local files=$1 rejected=$2 name=$3
    local accepted=$((files - rejected))
    local pct
    pct=$(awk -v a="$accepted" -v f="$files" 'BEGIN { if (f == 0) print "-"; else printf "%.2f", 100 * a / f }')
    printf '| %s | %d | %d | %s |\n' "$name" "$files" "$accepted" "$pct"
}

echo "| repository | files | accepted | % |"
echo "|---|---|---|---|"
all_files=0; all_rej=0; nj_files=0; nj_rej=0
: > "$tmp/rejected"
for repo in "$dir"/*/; do
    name=$(basename "$repo")
    files=$(find "$repo" -name '*.4dm' | wc -l)
    [ "$files" -eq 0 ] && continue
    "$fourd" check --quiet "$repo" 2> "$tmp/$name.fail" > /dev/null || true
    rej=$(grep -c '\.4dm$' "$tmp/$name.fail" || true)
    cat "$tmp/$name.fail" >> "$tmp/rejected"
    row "$files" "$rej" "$name"
    all_files=$((all_files + files)); all_rej=$((all_rej + rej))
    case "$name" in
        *WebClerk19*)
            # Without Finder duplicates (`... 2.4dm`) and the dead code in Trash/ and weeding/.
            jf=$(find "$repo" -name '*.4dm' ! -name '* 2.4dm' ! -path '*/Trash/*' ! -path '*/weeding/*' | wc -l)
            jr=$(grep '\.4dm$' "$tmp/$name.fail" | grep -v ' 2\.4dm$' | grep -v '/Trash/' | grep -cv '/weeding/' || true)
            jrow=$(row "$jf" "$jr" "$name (no duplicates, Trash/, weeding/)")
            ;;
        *)
            nj_files=$((nj_files + files)); nj_rej=$((nj_rej + rej))
            ;;
    esac
done
row "$all_files" "$all_rej" "**all repositories**"
row "$nj_files" "$nj_rej" "**all but JPods/WebClerk19**"
if [ -n "${jrow:-}" ]; then echo "$jrow"; fi
echo
echo "Rejected files:"
sed "s#^$dir/*##" "$tmp/rejected" | sort
