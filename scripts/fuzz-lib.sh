# Shared by scripts/fuzz and scripts/fuzz-ci: the fuzzing build and how each harness is run.
# shellcheck shell=bash

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fuzz_binary="$root/.build-fuzz/debug/diligence-fuzz"

# Builds diligence-fuzz with libFuzzer and the address sanitizer in its own build folder.
# (`-Xswiftc -sanitize=fuzzer` does not link: SwiftPM's --sanitize=fuzzer does.) With
# swift-tools-version 6.2, SwiftPM passes -sanitize=fuzzer to swiftc but the objects carry no
# coverage counters (libFuzzer then fuzzes blind: "corp: 1/1b"), so the coverage is asked for.
coverage="edge,trace-cmp,inline-8bit-counters,pc-table"
build_fuzzer() {
    (cd "$root" && swift build --sanitize=fuzzer --sanitize=address --scratch-path .build-fuzz \
        -Xswiftc "-sanitize-coverage=$coverage" --product diligence-fuzz 2>&1 | grep -E "error:|warning: .*$root/(Sources|Fuzz)|^Build" || true)
    [[ -x "$fuzz_binary" ]] || { echo "the fuzzing build failed"; exit 1; }
}

# Every harness, as the binary lists them.
harness_names() { "$fuzz_binary" --list | cut -f 1; }

# The dictionary for a harness's grammar.
dictionary_for() {
    case "$1" in
        guard) echo guard ;;
        training-csv | answer-csv) echo csv ;;
        assessment-json | log-checkpoint) echo json ;;
        agreement-xml) echo xml ;;
        agreement-html) echo html ;;
        agreement-docx) echo docx ;;
        agreement-pdf-text) echo pdf-text ;;
        web-form) echo web-form ;;
        web-upload) echo web-upload ;;
        *) echo yaml ;;
    esac
}

# The environment every run has: no Swift backtracer (it hangs on a crash under libFuzzer), leaks
# reported but for the one suppressed in a dependency.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$root/Fuzz/lsan.supp:print_suppressions=0"

# The seeds that are import fixtures as they stand (the agreement-html and agreement-xml ones):
# copied at run time to .build-fuzz/seeds/NAME rather than committed twice.
fixture_seeds="$root/.build-fuzz/seeds"
write_fixture_seeds() {
    local fixtures="$root/Tests/DiligenceImportTests/Fixtures"
    rm -rf "$fixture_seeds"
    mkdir -p "$fixture_seeds/agreement-html" "$fixture_seeds/agreement-xml"
    cp "$fixtures"/*.html "$fixture_seeds/agreement-html/"
    cp "$fixtures"/*.xml "$fixture_seeds/agreement-xml/"
}

# A harness's seed folders: Fuzz/corpus/NAME and .build-fuzz/seeds/NAME, those that exist.
seed_folders() {
    local folder
    for folder in "$root/Fuzz/corpus/$1" "$fixture_seeds/$1"; do
        [[ -d "$folder" ]] && echo "$folder"
    done
}

# Runs one harness: fuzz_run NAME WORK_CORPUS ARTIFACTS LOG libFuzzer-flags...; the seed folders
# are read too, never written.
fuzz_run() {
    local name=$1 work=$2 artifacts=$3 log=$4
    shift 4
    mkdir -p "$work" "$artifacts"
    local seeds
    mapfile -t seeds < <(seed_folders "$name")
    "$fuzz_binary" --harness="$name" -dict="$root/Fuzz/dictionaries/$(dictionary_for "$name").dict" \
        -artifact_prefix="$artifacts/" -timeout=10 -rss_limit_mb=2560 -print_final_stats=1 \
        "$@" "$work" "${seeds[@]}" >"$log" 2>&1
}

# Executions in a run's log.
executions_in() { sed -n 's/^stat::number_of_executed_units: *//p' "$1" | tail -n 1; }
