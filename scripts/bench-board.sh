#!/usr/bin/env bash
# Synthesis board benchmark (issue 16): `scripts/bench-board.sh` groups 2,000 notes (embedding, grouping,
# re-grouping with peers' edits, whole background runs; spread over six sections and all under one) and
# writes target/benchmarks/board.txt; `scripts/bench-board.sh threshold` scores the grouping threshold
# against gold groups (fixture reports and labelled notes) and writes target/benchmarks/board-threshold.txt.
# The fixture reports are read from ../shared/fixtures/reports (or -Dhub.fixtures=...).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${1:-}" = "threshold" ]; then
  shift
  ./hub -B -q test -Dtest=GroupingThresholdBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false "$@"
  cat target/benchmarks/board-threshold.txt
else
  ./hub -B -q test -Dtest=GroupingBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false "$@"
  cat target/benchmarks/board.txt
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
