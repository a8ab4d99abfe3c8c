#!/usr/bin/env bash
# Report parsing benchmark: reports/s for plain text, DOCX and PDF on the fixture reports in
# ../shared/fixtures/reports, and the cost of a whole parse against bare text extraction of the same
# files. Not a test: a main class under src/test, run on the test class path (no extra downloads).
# Usage: scripts/bench-parse.sh [seconds per measurement, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
./hub -B -q test-compile
./hub -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
JAVA="$(./hub java-home)/bin/java"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.peerchallengehub.knowledge.ParseBenchmark "${1:-10}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
