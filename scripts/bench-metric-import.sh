#!/usr/bin/env bash
# Metric import benchmark: generates a tidy CSV of ROWS values (default 1,000,000: 100 metrics x 317
# current councils x financial years from 1990-91) and its metric definitions in target/bench/, then
# imports both through MetricImports against a fresh embedded PostgreSQL with fsync on, and prints the
# time of the import, and of importing the same file again.   Usage: scripts/bench-metric-import.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
out=target/bench
mkdir -p "$out"

awk 'BEGIN {
  print "id,title,description,unit,polarity,period_type,theme,source,licence"
  for (m = 1; m <= 100; m++)
    printf "bench-metric-%03d,Benchmark metric %d,A generated metric for the import benchmark,count,neither,financial-year,context,Generated,None\n", m, m
}' > "$out/bench-metrics.csv"

# Current councils (no end date) from the register shipped with the application.
awk -F, 'NR > 1 && $(NF - 3) == "" { print $1 }' src/main/resources/data/councils/councils.csv > "$out/areas.txt"

awk -v rows="$rows" 'NR == FNR { area[n++] = $1; next } END {
  print "metric,area,period,value,published"
  srand(20261123)
  count = 0
  for (y = 1990; count < rows; y++) {
    period = sprintf("%d-%02d", y, (y + 1) % 100)
    published = sprintf("%d-11-30", y + 1)
    for (m = 1; m <= 100 && count < rows; m++)
      for (a = 0; a < n && count < rows; a++) {
        printf "bench-metric-%03d,%s,%s,%.3f,%s\n", m, area[a], period, rand() * 100000, published
        count++
      }
  }
}' "$out/areas.txt" /dev/null > "$out/bench-values.csv"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2}')"
echo "generated $(($(wc -l < "$out/bench-values.csv") - 1)) rows, $(du -h "$out/bench-values.csv" | cut -f1)"
rm -f "$out/metric-import-result.txt"
./hub -B -q test -Dtest=MetricImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhub.bench.definitions="$PWD/$out/bench-metrics.csv" -Dhub.bench.values="$PWD/$out/bench-values.csv" >/dev/null \
  || { echo "benchmark failed: see target/surefire-reports/org.peerchallengehub.indicators.MetricImportBenchmark-output.txt" >&2; exit 1; }
cat "$out/metric-import-result.txt"
