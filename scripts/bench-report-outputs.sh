#!/usr/bin/env bash
# Report outputs benchmark (issue 17): the time to generate the HTML, the tagged PDF, the Word document and
# the JSON of a report of about 40 printed pages. Not a test: a main class under src/test, run on the test
# class path (no extra downloads).
# Usage: scripts/bench-report-outputs.sh [runs, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
./hub -B -q test-compile
./hub -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
JAVA="$(./hub java-home)/bin/java"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.peerchallengehub.reporting.ReportOutputBenchmark "${1:-10}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
