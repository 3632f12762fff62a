#!/usr/bin/env bash
# Runs the benchmark suite of docs/benchmarks.md on this machine and writes one JSON report per scenario.
#
#   loadtest/run-benchmarks.sh [OUT_DIR] [SCENARIO ...]
#
# Scenarios: classroom, meetup, stadium, scaling, ceiling; "meetup+baseline" and "stadium+baseline" also run
# the bare baseline. Default: all of them. Build first: mvn -DskipTests package.
# The server is started from the jar (-Xmx2g, the benchmark quiz), warmed with one unreported 3,000-player
# game, and stopped at the end. Before each scenario the script waits (up to 10 min) for the machine to be
# quiet, since anything else running shares the cores; each report's "cpu" section says how much did.
# cluster-stadium has its own script, run-cluster.sh (a Redis and several server processes).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-loadtest/results/$(date +%Y-%m-%d)}; shift || true
SCENARIOS=("$@")
[ ${#SCENARIOS[@]} -gt 0 ] || SCENARIOS=(classroom meetup+baseline stadium+baseline scaling ceiling)
mkdir -p "$OUT"
LT=(java -jar loadtest/target/quiznight-loadtest.jar)
. loadtest/bench-lib.sh
# Creating rooms needs the organiser key: the servers and the load generator's hosts both read ORGANISER_KEY.
export ORGANISER_KEY=${ORGANISER_KEY:-$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')}
PORT=${PORT:-8080}

# Every bot comes from this machine: lift the per-address quotas meant for a classroom behind one address.
java -Xmx2g -jar server/target/quiznight.jar --port "$PORT" --bind 127.0.0.1 --quizzes loadtest/quizzes \
     --joins-per-room-per-address 1000000 --creates-per-minute 100000 --rooms-per-address 100000 \
     --results-dir "$OUT/results" > "$OUT/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
wait_healthy "$PORT" || { echo "the server did not start: see $OUT/server.log" >&2; exit 1; }

"${LT[@]}" --scenario stadium --players 3000 --questions 3 --warmup-questions 0 --no-heap \
    --url "ws://127.0.0.1:$PORT" > "$OUT/warmup.out" 2>&1 || true
status=0
for s in "${SCENARIOS[@]}"; do
  quiet
  extra=()
  [[ $s == *+baseline ]] && extra=(--baseline)
  name=${s%+baseline}
  echo "== $s" >&2
  "${LT[@]}" --scenario "$name" "${extra[@]}" --url "ws://127.0.0.1:$PORT" --server-pid $PID \
      --json "$OUT/$name.json" | tee "$OUT/$name.txt" || status=1
done
exit $status
