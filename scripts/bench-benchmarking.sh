#!/usr/bin/env bash
# Benchmarking benchmark (issue 5): generates 10 million values (1,000 synthetic metrics x 400 areas x
# 25 financial years, 2% revised) on top of the real starting dataset in a fresh embedded PostgreSQL, then
# measures nearest neighbours for every council, a metric across a comparator group and a full council
# profile, in process and as pages over real HTTP. Prints p50/p95/max and writes
# target/benchmarks/benchmarking.txt.   Usage: scripts/bench-benchmarking.sh
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
./hub -B -q test -Dtest=BenchmarkingBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  || { echo "benchmark failed: see target/surefire-reports/org.peerchallengehub.benchmarks.BenchmarkingBenchmark-output.txt" >&2; exit 1; }
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat target/benchmarks/benchmarking.txt
