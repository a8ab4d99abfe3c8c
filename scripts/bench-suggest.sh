#!/usr/bin/env bash
# Component suggestion benchmark (issue 16, decision 0063): top-1 accuracy on labelled real text (the
# findings and paragraphs of the fixture reports in ../shared/fixtures/reports whose section maps to a
# component; read at run time, never copied), learning only from the development reports and scoring
# the holdout report once; the parameter grid cross-validated on development; the latency of
# POST /api/v1/frameworks/{id}/suggest-component. Writes target/benchmarks/component-suggestion.txt.
# Usage: scripts/bench-suggest.sh [fixtures folder, default ../shared/fixtures/reports]
set -euo pipefail
cd "$(dirname "$0")/.."
FIXTURES="$(cd "${1:-../shared/fixtures/reports}" && pwd)"
./hub -B -q test -Dtest=ComponentSuggestBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhub.fixtures="$FIXTURES" -DargLine="-Dhub.fixtures=$FIXTURES"
cat target/benchmarks/component-suggestion.txt
