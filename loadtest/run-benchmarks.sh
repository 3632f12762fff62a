#!/usr/bin/env bash
# Runs the benchmark suite of docs/benchmarks.md on this machine and writes one JSON report per scenario.
#
#   loadtest/run-benchmarks.sh [--pinned] [OUT_DIR] [SCENARIO ...]
#
# Scenarios: classroom, meetup, stadium, scaling, ceiling; "meetup+baseline" and "stadium+baseline" also run
# the bare baseline; "stadium-busy" is stadium while a CPU burner shares the load generator's core (below).
# Default: classroom meetup+baseline stadium+baseline scaling ceiling. Build first: mvn -DskipTests package.
# The server is started from the jar (-Xmx2g, the benchmark quiz), warmed with one unreported 3,000-player
# game, and stopped at the end. Before each scenario the script waits (up to 10 min) for the machine to be
# quiet, since anything else running shares the cores; each report's "cpu" section says how much did.
# cluster-stadium has its own script, run-cluster.sh (a Redis and several server processes).
#
# --pinned: the server runs on core 0 only and the load generator (with its worker processes) on core 1 only
# (taskset), so the server's figures do not depend on the bots' share of a core; each one-room report's
# "serverCpu" section has the server's CPU per broadcast and per answer (see docs/benchmarks.md, issue 19).
# With --pinned, a "+baseline" scenario's bare server is started here on core 0 too (the server's core), not
# spawned by the generator on its own core, so both servers are measured alike.
# stadium-busy: a bounded burner (a busy loop, stopped when the scenario ends or after BURN_SEC, default 900)
# runs on the load generator's core (core 1) during stadium: acks should stay fast when the box is loaded.
#
# Environment: SERVER_JAR (server/target/quiznight.jar; e.g. a jar built from an older commit to compare),
# PORT (8080), WARMUP (3000 players for the unreported warm-up game; 0: none, a fresh server),
# QUIET=0 (do not wait for a quiet machine), BURN_SEC (900), EXTRA="..." (more generator options, every scenario),
# SERVER_JVM_OPTS="..." (more JVM options for QuizNight's server, e.g. a GC log or a flight recording).
set -euo pipefail
cd "$(dirname "$0")/.."
PINNED=0
if [ "${1:-}" = "--pinned" ]; then PINNED=1; shift; fi
OUT=${1:-loadtest/results/$(date +%Y-%m-%d)}; shift || true
SCENARIOS=("$@")
[ ${#SCENARIOS[@]} -gt 0 ] || SCENARIOS=(classroom meetup+baseline stadium+baseline scaling ceiling)
mkdir -p "$OUT"
SERVER_JAR=${SERVER_JAR:-server/target/quiznight.jar}
WARMUP=${WARMUP:-3000}
SERVER_CPU=(); LT_CPU=()
if [ $PINNED = 1 ]; then SERVER_CPU=(taskset -c 0); LT_CPU=(taskset -c 1); fi
LT=("${LT_CPU[@]}" java -jar loadtest/target/quiznight-loadtest.jar)
. loadtest/bench-lib.sh
# Creating rooms needs the organiser key: the servers and the load generator's hosts both read ORGANISER_KEY.
export ORGANISER_KEY=${ORGANISER_KEY:-$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')}
PORT=${PORT:-8080}

# Every bot comes from this machine: lift the per-address quotas meant for a classroom behind one address.
"${SERVER_CPU[@]}" java -Xmx2g ${SERVER_JVM_OPTS:-} -jar "$SERVER_JAR" --port "$PORT" --bind 127.0.0.1 --quizzes loadtest/quizzes \
     --joins-per-room-per-address 1000000 --creates-per-minute 100000 --rooms-per-address 100000 \
     --results-dir "$OUT/results" > "$OUT/server.log" 2>&1 &
PID=$!
BURNER=
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; [ -z "$BURNER" ] || kill $BURNER 2>/dev/null || true' EXIT
wait_healthy "$PORT" || { echo "the server did not start: see $OUT/server.log" >&2; exit 1; }
{ uptime; echo "server $SERVER_JAR pid $PID pinned=$PINNED"; } > "$OUT/box.txt"

if [ "$WARMUP" -gt 0 ]; then
  "${LT[@]}" --scenario stadium --players "$WARMUP" --questions 3 --warmup-questions 0 --no-heap \
      --url "ws://127.0.0.1:$PORT" > "$OUT/warmup.out" 2>&1 || true
fi
# Pinned: the bare baseline on the server's core, started once and used by every "+baseline" scenario.
BASE=()
if [ $PINNED = 1 ] && [[ " ${SCENARIOS[*]} " == *+baseline* ]]; then
  BPORT=$((PORT + 10))
  taskset -c 0 java -Xmx2g -jar loadtest/target/quiznight-loadtest.jar baseline-server --port "$BPORT" \
      > "$OUT/baseline.log" 2>&1 &
  BPID=$!
  trap 'kill $PID $BPID 2>/dev/null || true; wait $PID $BPID 2>/dev/null || true; [ -z "$BURNER" ] || kill $BURNER 2>/dev/null || true' EXIT
  wait_healthy "$BPORT" || { echo "the bare baseline did not start: see $OUT/baseline.log" >&2; exit 1; }
  echo "baseline pid $BPID on core 0" >> "$OUT/box.txt"
  BASE=(--baseline-url "ws://127.0.0.1:$BPORT/ws" --baseline-pid "$BPID")
fi
status=0
for s in "${SCENARIOS[@]}"; do
  [ "${QUIET:-1}" = 0 ] || quiet
  extra=()
  [[ $s == *+baseline ]] && extra=(--baseline "${BASE[@]}")
  name=${s%+baseline}
  scenario=${name%-busy}
  if [ "$name" != "$scenario" ]; then
    # bounded: a busy loop on the generator's core, stopped after the scenario (or BURN_SEC at the latest)
    taskset -c 1 timeout "${BURN_SEC:-900}" sh -c 'while :; do :; done' &
    BURNER=$!
  fi
  echo "== $s" >&2
  uptime >> "$OUT/box.txt"
  # shellcheck disable=SC2086
  "${LT[@]}" --scenario "$scenario" "${extra[@]}" ${EXTRA:-} --url "ws://127.0.0.1:$PORT" --server-pid $PID \
      --json "$OUT/$name.json" | tee "$OUT/$name.txt" || status=1
  if [ -n "$BURNER" ]; then kill $BURNER 2>/dev/null || true; wait $BURNER 2>/dev/null || true; BURNER=; fi
done
uptime >> "$OUT/box.txt"
exit $status
