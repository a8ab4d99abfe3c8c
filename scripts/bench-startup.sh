#!/usr/bin/env bash
# Start-up benchmark: time from `java -jar` to readiness (/actuator/health/readiness UP) for the
# packaged jar, on an empty data folder (first start: initdb, migrations, register load, demo
# accounts) and on the same folder again (restart). Usage: scripts/bench-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
[ -f target/peer-challenge-hub.jar ] || ./hub build -q
JAVA="$(./hub java-home)/bin/java"
port=18080

measure() { # data-dir -> seconds to readiness
  local dir=$1 start end pid
  start=$(date +%s%N)
  HUB_DATA_DIR=$dir SERVER_PORT=$port HUB_DEMO_PASSWORD=bench-password-123 "$JAVA" -jar target/peer-challenge-hub.jar >"$dir.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { echo "start failed, see $dir.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }'
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "run  first-start(s)  restart(s)"
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)/data
  first=$(measure "$dir")
  again=$(measure "$dir")
  echo "$i    $first           $again"
  rm -rf "$(dirname "$dir")"
done
