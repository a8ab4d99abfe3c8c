#!/usr/bin/env bash
# Search benchmark (issue 4): generates 5,000 reports (about 500,000 searchable paragraphs and
# findings) by recombining the structure of the fixture reports in ../shared/fixtures/reports (read at
# run time, never copied) and the test sample report, across real councils and years, into a fresh
# embedded PostgreSQL; embeds each distinct finding text once; then measures p50/p95 of searches with
# filters and of "similar across the sector". Writes target/benchmarks/search.txt.
# Usage: scripts/bench-search.sh [reports, default 5000]
#        scripts/bench-search.sh import   (the cost of importing a report, with and without the
#                                          embedding-queue and search-facet triggers)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = import ]; then
  ./hub -B -q test -Dtest=ImportCostBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false
  cat target/benchmarks/import-cost.txt
  exit 0
fi
./hub -B -q test -Dtest=SearchBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.reports="${1:-5000}" -DargLine="-Dbench.reports=${1:-5000} -Xmx4g"
cat target/benchmarks/search.txt
