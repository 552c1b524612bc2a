#!/usr/bin/env bash
# Builds the fuzz targets (the `fuzz` preset) and runs each one for a bounded
# time on a copy of its seed corpus, so the repository is never modified.
# Exits non-zero when any target crashes, hangs (over 5 s on one input), runs
# out of memory or gets a sanitizer report; the input that did it is kept in
# build/fuzz/artifacts/ (replay: build/fuzz/tests/fuzz/fuzz_X FILE).
#
#   tests/fuzz/run.sh [SECONDS_PER_TARGET] [TARGET…]     (default 30 s, all targets)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(campaign template time)
jobs=${CHORUS_FUZZ_JOBS:-2}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

cmake --preset fuzz -DCHORUS_WERROR="${CHORUS_WERROR:-ON}" >/dev/null
cmake --build build/fuzz --target fuzz_targets -j "$jobs"

# Leak checking is off as in the test suite: Qt's lazily built caches (zones,
# locales) live until exit and would read as leaks of the first input.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export TZ=UTC LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

artifacts="$root/build/fuzz/artifacts"
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failed=()
for target in "${targets[@]}"; do
    program="$root/build/fuzz/tests/fuzz/fuzz_$target"
    corpus="$work/$target"
    mkdir -p "$corpus"
    cp -r "$root/tests/fuzz/corpus/$target/." "$corpus/"
    options=(-max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=8192
             -print_final_stats=1 -artifact_prefix="$artifacts/$target-")
    [ -f "$root/tests/fuzz/$target.dict" ] && options+=(-dict="$root/tests/fuzz/$target.dict")
    say "fuzzing $target for ${seconds}s"
    if ! "$program" "${options[@]}" "$corpus" 2>"$work/$target.log"; then
        tail -n 60 "$work/$target.log" >&2
        failed+=("$target")
        continue
    fi
    grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|stat::peak_rss_mb)' \
        "$work/$target.log" >&2 || true
done

if [ ${#failed[@]} -gt 0 ]; then
    say "fuzzing found a problem in: ${failed[*]} (inputs in $artifacts)"
    exit 1
fi
say "fuzzing: no crash, hang or sanitizer report"
