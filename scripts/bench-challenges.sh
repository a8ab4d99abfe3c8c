#!/usr/bin/env bash
# Challenge benchmark (issue 3): loads 15 years of generated history (every council, 60-80 challenges
# a year, 800 peers, teams and programmes) into a fresh embedded PostgreSQL, then measures the
# programme dashboard, a challenge page and team proposals over real HTTP. Prints p50/p95 and writes
# target/benchmarks/challenges.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
./hub -B -q test -Dtest=ChallengeBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false "$@"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB"
cat target/benchmarks/challenges.txt
