#!/usr/bin/env bash
# Runs --summary and every --export format under valgrind on the bundled samples and on a
# generated 1,000-session record: no invalid reads or writes, no definitely lost memory.
# Usage: valgrind_exports.sh VIEWER GENERATOR SAMPLES_DIR
set -euo pipefail
viewer=$1 generator=$2 samples=$3
command -v valgrind >/dev/null || { echo "valgrind is not installed: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$generator" --sessions 1000 --seed 3 --output "$work/generated.json"
export QT_QPA_PLATFORM=offscreen
failed=0
run() {
    local name=$1; shift
    local start=$SECONDS
    if valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
        --show-leak-kinds=definite "$viewer" "$@" >"$work/out" 2>"$work/err"; then
        echo "ok   $name ($(( SECONDS - start )) s)"
    else
        echo "FAIL $name (exit $?)"; cat "$work/err"; failed=1
    fi
}
for input in "$samples/seed-full-example.json" "$samples/seed-basic-example.json" "$work/generated.json"; do
    base=$(basename "$input" .json)
    run "$base summary" --summary "$input"
    for format in csv json md png pdf; do
        run "$base $format" --export "$format" -o "$work/out.$format" "$input"
    done
done
run "sample md redacted" --export md --redact -o "$work/red.md" "$samples/seed-full-example.json"
run "sample pdf redacted" --export pdf --redact -o "$work/red.pdf" "$samples/seed-full-example.json"
run "sample png charts" --export png --view charts -o "$work/charts.png" "$samples/seed-full-example.json"
exit $failed
