#!/usr/bin/env bash
# Early-warning benchmark (issue 19): generates about 10 million metric values (the twelve metrics the
# signals read and 988 synthetic ones, 400 areas x 25 years, 2% revised) on top of the real starting
# dataset in a fresh embedded PostgreSQL, then assesses every council as known on random dates (target:
# under 2 s) and runs the backtest. Prints p50/p95/max and writes target/benchmarks/risk.txt.
# Usage: scripts/bench-risk.sh
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
./hub -B -q test -Dtest=RiskBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  || { echo "benchmark failed: see target/surefire-reports/org.peerchallengehub.risk.RiskBenchmark-output.txt" >&2; exit 1; }
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat target/benchmarks/risk.txt
