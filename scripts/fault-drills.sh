#!/usr/bin/env bash
# Fault drills (issue 14): run the packaged jar with its embedded PostgreSQL and break things while it
# serves. Each drill prints what it checked and PASS or FAIL; the script exits non-zero if any check failed.
#
#   scripts/fault-drills.sh            # all drills (about 5 minutes on a quiet 2-core machine)
#   scripts/fault-drills.sh db-killed  # one drill: db-killed, db-frozen, app-killed-bulk-import,
#                                      #   app-killed-metric-import, read-only-folder, full-folder
#
# Needs: target/peer-challenge-hub.jar (./hub build), curl, psql (Debian postgresql-client) to look inside
# the database, and for the full-folder drill (and the read-only one, as root) permission to mount a tmpfs.
# Uses port ${DRILL_PORT:-8083} and folders under ${DRILL_DIR:-/tmp/hub-fault-drills}, removed at the end.
set -uo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-target/peer-challenge-hub.jar}
PORT=${DRILL_PORT:-8083}
ROOT=${DRILL_DIR:-/tmp/hub-fault-drills}
JAVA=${JAVA:-$( [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java || echo java)}
BASE="http://127.0.0.1:$PORT"
# How long a start may take (a first start on a quiet 2-core machine takes about 15 s; allow for a busy one).
START_WAIT=${DRILL_START_WAIT:-240}
PASSED=0
FAILED=0
APP_PID=""

[ -f "$JAR" ] || { echo "No $JAR: build it first (./hub build)"; exit 2; }
mkdir -p "$ROOT"

check() { # name, then a command that succeeds when the check passes
  local name=$1; shift
  if "$@"; then echo "  PASS  $name"; PASSED=$((PASSED + 1)); else echo "  FAIL  $name"; FAILED=$((FAILED + 1)); fi
}

start_app() { # data folder, log file, extra env...
  local data=$1 log=$2; shift 2
  env -u SPRING_DATASOURCE_URL HUB_DATA_DIR="$data" SERVER_PORT="$PORT" HUB_DEMO_PASSWORD=drill-password-123 \
    HUB_KNOWLEDGE_BULK_IMPORT_LEASE=3s HUB_KNOWLEDGE_BULK_IMPORT_POLL=1s "$@" \
    "$JAVA" -jar "$JAR" >>"$log" 2>&1 &
  APP_PID=$!
}

wait_ready() { # seconds; 0 when readiness says UP in time
  local deadline=$((SECONDS + $1))
  while [ $SECONDS -lt $deadline ]; do
    kill -0 "$APP_PID" 2>/dev/null || return 1
    [ "$(curl -s -m 2 -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] && return 0
    sleep 0.5
  done
  return 1
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$APP_PID" 2>/dev/null
  fi
  APP_PID=""
}

postmaster() { head -1 "$1/postgres/postmaster.pid" 2>/dev/null; }

sql_file() { # data folder; the SQL on standard input (a long script, past the size of one argument)
  local data=$1 port pass
  port=$(sed -n 4p "$data/postgres/postmaster.pid")
  pass=$(sed -n 's/^app.password=//p' "$data/database-secret.properties")
  PGPASSWORD=$pass psql -h 127.0.0.1 -p "$port" -U hub -d hub -At -v ON_ERROR_STOP=1 -f -
}

sql() { # data folder, sql: prints the result
  local data=$1 port pass
  port=$(sed -n 4p "$data/postgres/postmaster.pid")
  pass=$(sed -n 's/^app.password=//p' "$data/database-secret.properties")
  PGPASSWORD=$pass psql -h 127.0.0.1 -p "$port" -U hub -d hub -At -c "$2"
}

status_and_time() { curl -s -m 15 -o /dev/null -w '%{http_code} %{time_total}' "$BASE$1"; }

fast_503() { # path: the answer is 503 within 3 s
  local out; out=$(status_and_time "$1"); echo "        $1 -> $out"
  [ "${out%% *}" = 503 ] && awk -v t="${out##* }" 'BEGIN { exit !(t < 3) }'
}

ok_200() { [ "$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$BASE$1")" = 200 ]; }

readiness() { curl -s -m 5 -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness"; }

drill_db_killed() {
  echo "Drill: the embedded database is killed (kill -9) while the application serves"
  local data=$ROOT/db-killed log=$ROOT/db-killed.log; rm -rf "$data" "$log"
  start_app "$data" "$log"
  check "the application starts" wait_ready "$START_WAIT"
  check "a page is served" ok_200 /councils
  local pid; pid=$(postmaster "$data")
  kill -9 "$pid"
  local worst=0 bad=0
  for _ in $(seq 10); do
    local out; out=$(status_and_time /councils); echo "        /councils -> $out"
    case ${out%% *} in 200|503) ;; *) bad=1 ;; esac
    awk -v t="${out##* }" 'BEGIN { exit !(t >= 5) }' && worst=1
    sleep 0.3
  done
  check "while it is away, every answer is a page or 503, never a 500 or a hang" test $bad = 0
  check "every answer within 5 s" test $worst = 0
  check "the application starts the database again (ready within 60 s)" wait_ready 60
  check "it says so in its log" grep -q "stopped unexpectedly" "$log"
  check "a new server runs" test "$(postmaster "$data")" != "$pid"
  check "pages are served again" ok_200 /councils
  stop_app
}

drill_db_frozen() {
  echo "Drill: the embedded database is frozen (kill -STOP) while the application serves"
  local data=$ROOT/db-frozen log=$ROOT/db-frozen.log; rm -rf "$data" "$log"
  start_app "$data" "$log"
  check "the application starts" wait_ready "$START_WAIT"
  local pid; pid=$(postmaster "$data")
  local all; all="$pid $(pgrep -P "$pid" | tr '\n' ' ')"
  kill -STOP $all
  sleep 4
  check "readiness reports DOWN (503)" test "$(readiness)" = 503
  check "a page fails fast with 503" fast_503 /councils
  check "sign-in fails fast with 503" fast_503 /sign-in
  check "the API fails fast with 503" fast_503 /api/v1/councils
  check "liveness stays UP" test "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$BASE/actuator/health/liveness")" = 200
  kill -CONT $all
  check "readiness is UP again within 30 s, by itself" wait_ready 30
  check "pages are served again" ok_200 /councils
  stop_app
}

report_text() { # council name
  cat <<EOF
Corporate Peer Challenge

$1

3 – 6 March 2025

Feedback Report

1. Executive Summary

The council's leadership is well regarded and its finances are under pressure.

2. Key recommendations

- Refresh the medium term financial strategy and close the budget gap
- Agree a small number of priorities with partners

3. Summary of the Peer Challenge approach

The peer team

The peers who delivered the peer challenge were:

- Jane Example – Chief Executive, Example District Council
- Alex Person – Local Government Association
EOF
}

drill_app_killed_bulk_import() {
  echo "Drill: the application is killed (kill -9) during a bulk report import, then started again"
  local data=$ROOT/bulk log=$ROOT/bulk.log files=30; rm -rf "$data" "$log"
  start_app "$data" "$log" HUB_INDICATORS_STARTING_DATASET=never
  check "the application starts" wait_ready "$START_WAIT"
  local batch; batch=$(cat /proc/sys/kernel/random/uuid)
  # The whole batch appears in one transaction, as an upload makes it: rows inserted one by one were imported
  # as fast as they came, and the kill found the batch finished.
  local i=0 inserts="begin;"
  while IFS= read -r council; do
    local text; text=$(report_text "$council" | sed "s/'/''/g")
    inserts+="insert into report_upload (batch_id, position, file_name, content, mode, status)
              values ('$batch', $i, 'drill-$i.txt', convert_to('$text', 'UTF8'), 'BULK_SKIP', 'WAITING');"
    i=$((i + 1))
  done < <(sql "$data" "select official_name from council where end_date is null order by gss_code limit $files")
  sql_file "$data" <<< "$inserts commit;" >/dev/null
  for _ in $(seq 600); do
    [ "$(sql "$data" "select count(*) from report_upload where batch_id = '$batch' and status <> 'WAITING'")" -ge 3 ] && break
    sleep 0.1
  done
  local pg; pg=$(postmaster "$data")
  kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null; APP_PID=""
  local done_before; done_before=$(sql "$data" "select count(*) from report_upload where batch_id = '$batch' and status = 'IMPORTED'")
  echo "        killed with $done_before of $files files imported"
  check "killed part way through the batch" test "$done_before" -lt "$files"
  check "its PostgreSQL is left running" kill -0 "$pg"
  start_app "$data" "$log" HUB_INDICATORS_STARTING_DATASET=never
  check "the next start is ready" wait_ready "$START_WAIT"
  check "it found and stopped the PostgreSQL left running, and said so" grep -q "still running: that run ended without stopping it" "$log"
  check "the left-over PostgreSQL is gone" bash -c "! kill -0 $pg 2>/dev/null"
  for _ in $(seq 240); do
    [ "$(sql "$data" "select count(*) from report_upload where batch_id = '$batch' and status = 'WAITING'")" = 0 ] && break
    sleep 0.5
  done
  check "the batch is finished after the restart" test "$(sql "$data" "select count(*) from report_upload where batch_id = '$batch' and status = 'IMPORTED'")" = "$files"
  check "every file imported exactly once" test "$(sql "$data" "select count(*) from report_upload u where batch_id = '$batch' and (select count(*) from report r where r.file_name = u.file_name) <> 1")" = 0
  stop_app
}

drill_app_killed_metric_import() {
  echo "Drill: the application is killed (kill -9) during an import of council figures, then started again"
  local data=$ROOT/metrics log=$ROOT/metrics.log; rm -rf "$data" "$log"
  start_app "$data" "$log" HUB_INDICATORS_STARTING_DATASET=always
  check "the application starts" wait_ready "$START_WAIT"
  for _ in $(seq 600); do grep -q "Starting dataset: loading 2 of 5" "$log" && break; sleep 0.1; done
  kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null; APP_PID=""
  local loads; loads=$(sql "$data" "select count(*) from reference_data_load where dataset like 'indicators/%'")
  echo "        killed with $loads of 5 files recorded as loaded"
  check "killed part way through" test "$loads" -lt 5
  start_app "$data" "$log" HUB_INDICATORS_STARTING_DATASET=always
  check "the next start is ready" wait_ready "$START_WAIT"
  for _ in $(seq 600); do grep -q "Starting dataset loaded" "$log" && break; sleep 0.5; done
  check "the import finishes after the restart" grep -q "Starting dataset loaded" "$log"
  check "all five files recorded as loaded" test "$(sql "$data" "select count(*) from reference_data_load where dataset like 'indicators/%'")" = 5
  check "no figure without its recorded import (nothing half-written)" test "$(sql "$data" "select count(*) from metric_value v where v.import_id is not null and not exists (select from metric_import i where i.id = v.import_id)")" = 0
  stop_app
}

one_line_refusal() { # log, folder: the start failed, naming the folder, without a stack trace
  grep -q "The data folder $2" "$1" && ! grep -q "^\s*at org\." "$1" && ! grep -q "Exception" "$1"
}

drill_read_only_folder() {
  echo "Drill: the data folder is read-only"
  local data=$ROOT/read-only log=$ROOT/read-only.log; rm -rf "$data" "$log"; mkdir -p "$data"
  if [ "$(id -u)" = 0 ]; then
    mount --bind "$data" "$data" && mount -o remount,bind,ro "$data" || { echo "  SKIP  cannot make a read-only mount here"; return; }
  else
    chmod a-w "$data"
  fi
  start_app "$data" "$log"
  local deadline=$((SECONDS + START_WAIT)); while [ $SECONDS -lt $deadline ] && kill -0 "$APP_PID" 2>/dev/null; do sleep 0.5; done
  check "the application stops instead of starting" bash -c "! kill -0 $APP_PID 2>/dev/null"
  echo "        $(grep -m1 "The data folder" "$log")"
  check "one clear line names the folder and what to do" one_line_refusal "$log" "$data"
  check "it says read-only" grep -q "is read-only: make it writable" "$log"
  APP_PID=""
  if [ "$(id -u)" = 0 ]; then umount "$data"; else chmod u+w "$data"; fi
}

drill_full_folder() {
  echo "Drill: the data folder's disk is full"
  local data=$ROOT/full log=$ROOT/full.log; rm -rf "$data" "$log"; mkdir -p "$data"
  mount -t tmpfs -o size=40m tmpfs "$data" 2>/dev/null || { echo "  SKIP  cannot mount a small tmpfs here"; return; }
  head -c 30M /dev/zero > "$data/filler" 2>/dev/null
  start_app "$data" "$log"
  local deadline=$((SECONDS + START_WAIT)); while [ $SECONDS -lt $deadline ] && kill -0 "$APP_PID" 2>/dev/null; do sleep 0.5; done
  check "the application stops instead of starting" bash -c "! kill -0 $APP_PID 2>/dev/null"
  echo "        $(grep -m1 "The data folder" "$log")"
  check "one clear line names the folder and what to do" one_line_refusal "$log" "$data"
  check "it says full" grep -q "is full" "$log"
  APP_PID=""
  umount "$data"
}

trap 'stop_app' EXIT
DRILLS=${1:-all}
case $DRILLS in
  all) drill_db_killed; drill_db_frozen; drill_app_killed_bulk_import; drill_app_killed_metric_import
       drill_read_only_folder; drill_full_folder ;;
  db-killed) drill_db_killed ;;
  db-frozen) drill_db_frozen ;;
  app-killed-bulk-import) drill_app_killed_bulk_import ;;
  app-killed-metric-import) drill_app_killed_metric_import ;;
  read-only-folder) drill_read_only_folder ;;
  full-folder) drill_full_folder ;;
  *) echo "Unknown drill $DRILLS"; exit 2 ;;
esac
# Stop any PostgreSQL a drill left running (only those of our own drill folders).
for pidfile in "$ROOT"/*/postgres/postmaster.pid; do
  [ -f "$pidfile" ] && kill -INT "$(head -1 "$pidfile")" 2>/dev/null
done
echo
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
