#!/bin/sh
# Run one fuzz target for a number of seconds.
#
#   fuzz/run.sh TARGET SECONDS
#
# With cargo-fuzz and a nightly toolchain: libFuzzer (coverage-guided,
# sanitizers), crashes in fuzz/artifacts/TARGET/. Without them (or with
# KAA_FUZZ_STABLE=1): the stable driver `kaa-fuzz`, a simple mutator over the
# same target functions; the crashing input is fuzz/artifacts/TARGET/current
# (process died) or crash-* (panic). Targets: compile exec snippets
# json_loads re_compile struct_unpack fromisoformat number_parse.
set -eu
if [ $# -ne 2 ]; then
    echo "usage: fuzz/run.sh TARGET SECONDS" >&2
    exit 2
fi
target=$1
secs=$2
cd "$(dirname "$0")"
if [ -z "${KAA_FUZZ_STABLE:-}" ] && cargo fuzz --version >/dev/null 2>&1 \
    && rustup toolchain list 2>/dev/null | grep -q nightly; then
    mkdir -p "corpus/$target"
    if [ -d "seeds/$target" ]; then
        cp -n seeds/"$target"/* "corpus/$target/" 2>/dev/null || true
    fi
    exec cargo +nightly fuzz run "$target" --features libfuzzer "corpus/$target" -- \
        -max_total_time="$secs" -rss_limit_mb=4096 -timeout=10
fi
exec cargo run --release --quiet --offline --manifest-path stable/Cargo.toml --bin kaa-fuzz -- "$target" "$secs"
