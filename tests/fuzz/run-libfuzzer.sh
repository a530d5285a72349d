#!/bin/bash
# run-libfuzzer.sh SOURCE_DIR BUILD_DIR CLANGXX SECONDS [QT6_DIR]
#
# CTest's driver of the libFuzzer target (tests/fuzz/libfuzzer): configures and builds it with
# CLANGXX into BUILD_DIR (incrementally, through ccache when there is one), then fuzzes the JSON
# decoders for SECONDS seconds starting from the seed corpus tests/fuzz/corpus and the dictionary
# tests/fuzz/json.dict. Fails on a build error, a crash, a broken round trip or any sanitizer
# report. New interesting inputs are kept in BUILD_DIR/corpus for the next run; a crashing input is
# written to BUILD_DIR/artifacts/ (copy it into tests/fuzz/corpus/ once the bug is fixed).
set -euo pipefail

if [ $# -lt 4 ]; then
  echo "usage: run-libfuzzer.sh SOURCE_DIR BUILD_DIR CLANGXX SECONDS [QT6_DIR]" >&2
  exit 2
fi
src=$1
build=$2
cxx=$3
seconds=$4
qt6_dir=${5:-}

if ! command -v "$cxx" >/dev/null 2>&1; then
  echo "run-libfuzzer.sh: no clang++ ('$cxx'); install clang-14 and libclang-rt-14-dev" \
    "(scripts/install-deps.sh) or configure with -DKABINET_LIBFUZZER=OFF" >&2
  exit 1
fi

configure=(cmake -S "$src/tests/fuzz/libfuzzer" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx")
if command -v ccache >/dev/null 2>&1; then
  configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ -n "$qt6_dir" ]; then
  configure+=(-DQt6_DIR="$qt6_dir")
fi

start=$SECONDS
mkdir -p "$build"
"${configure[@]}" >"$build/configure.log" 2>&1 || { cat "$build/configure.log" >&2; exit 1; }
cmake --build "$build" -j 2
echo "built in $((SECONDS - start)) s"

mkdir -p "$build/corpus" "$build/artifacts"
# Leaks are errors too. Qt keeps a few objects for the life of the process (reachable, so LSan
# does not count them). A sanitizer report aborts, which libFuzzer turns into a failing exit code.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
symbolizer=$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)
if [ -z "$symbolizer" ] && [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
  symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
fi
if [ -n "$symbolizer" ]; then
  export ASAN_SYMBOLIZER_PATH=$symbolizer UBSAN_SYMBOLIZER_PATH=$symbolizer
fi

# libFuzzer keeps every input it ever added, also those a smaller one replaced: once there are
# many, keep only those that still add coverage.
if [ "$(find "$build/corpus" -type f | wc -l)" -gt 1000 ]; then
  rm -rf "$build/corpus.merged"
  mkdir "$build/corpus.merged"
  "$build/fuzz_json_decoders" -merge=1 "$build/corpus.merged" "$build/corpus" \
    >"$build/merge.log" 2>&1 || { cat "$build/merge.log" >&2; exit 1; }
  rm -rf "$build/corpus"
  mv "$build/corpus.merged" "$build/corpus"
  echo "pruned the grown corpus to $(find "$build/corpus" -type f | wc -l) inputs"
fi

# The first directory receives what the fuzzer finds; the seeds in the source tree stay as they are.
status=0
"$build/fuzz_json_decoders" \
  -max_total_time="$seconds" \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -max_len=8192 \
  -dict="$src/tests/fuzz/json.dict" \
  -artifact_prefix="$build/artifacts/" \
  -print_final_stats=1 \
  "$build/corpus" "$src/tests/fuzz/corpus" || status=$?
if [ "$status" -ne 0 ]; then
  echo "run-libfuzzer.sh: the fuzzer failed (exit $status). Reproduce with" \
    "'$build/fuzz_json_decoders FILE' (or run_fuzz_corpus FILE in the main build) on the input" \
    "written to $build/artifacts/, fix the codec, and add the input to tests/fuzz/corpus/." >&2
  exit "$status"
fi
echo "built and fuzzed in $((SECONDS - start)) s"
