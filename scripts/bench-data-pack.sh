#!/usr/bin/env bash
# Data pack benchmark: with the starting dataset loaded and nearest neighbours computed, generates the
# council data pack (HTML and tagged PDF, the ten default trends) for 40 single-tier councils after 5
# warm-up packs, and prints the time per pack and the sizes.   Usage: scripts/bench-data-pack.sh
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2}')"
rm -f target/bench/data-pack-result.txt
./hub -B -q test -Dtest=DataPackBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false >/dev/null \
  || { echo "benchmark failed: see target/surefire-reports/org.peerchallengehub.indicators.DataPackBenchmark.txt" >&2; exit 1; }
cat target/bench/data-pack-result.txt
