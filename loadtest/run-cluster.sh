#!/usr/bin/env bash
# Runs the cluster-stadium (or cluster-failover) scenario of docs/benchmarks.md: a Redis, NODES QuizNight processes sharing it, and the
# load generator with one URL per node (the hosts create the room on the first node, the players are spread over
# all of them). Writes OUT_DIR/<scenario>.json and .txt, and each node's log.
#
#   loadtest/run-cluster.sh [OUT_DIR] [PLAYERS]
#
# Defaults: OUT_DIR loadtest/results/<today>, PLAYERS 45000. Build first: mvn -DskipTests package.
# Environment:
#   NODES=3            server processes
#   SERVER_HEAP=3g     -Xmx of each
#   WARMUP=3000        players of one unreported game first (warms every node); 0: none
#   EXTRA="..."        more load generator options (e.g. "--questions 3")
#   QUIET=0            do not wait for a quiet machine before the measured run
#   SCENARIO=cluster-stadium  or cluster-failover: the first node (the room's owner) is killed with SIGKILL in the
#                      standings after question 2 (its pid is passed as --kill-owner-pid); e.g.
#                      SCENARIO=cluster-failover loadtest/run-cluster.sh OUT 15000
#   SERVER_JAR=...     the server jar (server/target/quiznight.jar; e.g. one built from an older commit to compare)
#   SINGLE_SERVER=1    no Redis: one server process, its URL given NODES times. Only checks the load generator
#                      before the server has a cluster mode; its figures say nothing about a cluster.
# Everything started here is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-loadtest/results/$(date +%Y-%m-%d)}
PLAYERS=${2:-45000}
NODES=${NODES:-3}
HEAP=${SERVER_HEAP:-3g}
WARMUP=${WARMUP:-3000}
SINGLE=${SINGLE_SERVER:-0}
read -r -a EXTRA_ARGS <<< "${EXTRA:-}"
JAR=${SERVER_JAR:-server/target/quiznight.jar}
LT=(java -jar loadtest/target/quiznight-loadtest.jar)
. loadtest/bench-lib.sh
# Creating rooms needs the organiser key: the servers and the load generator's hosts both read ORGANISER_KEY.
export ORGANISER_KEY=${ORGANISER_KEY:-$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')}
mkdir -p "$OUT"

WORK=$(mktemp -d)   # the nodes' room journals and Redis's pid file: thrown away
SERVER_PIDS=()
REDIS_PORT=
cleanup() {
  local p
  for p in "${SERVER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${SERVER_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ -n "$REDIS_PORT" ]; then redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

USED=()
free_port() {  # a loopback port below the ephemeral range that nothing listens on and this script has not taken
  local p
  while :; do
    p=$(( 20000 + RANDOM % 12000 ))
    [[ " ${USED[*]} " == *" $p "* ]] && continue
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
    USED+=("$p"); echo "$p"; return
  done
}

if [ "$SINGLE" != 1 ] && ! java -jar "$JAR" --help 2>&1 | grep -q -- '--redis'; then
  echo "$JAR has no --redis option (no cluster mode yet). SINGLE_SERVER=1 checks the load generator against one" >&2
  echo "server given $NODES times instead." >&2
  exit 2
fi
per_node=$(( PLAYERS / (SINGLE == 1 ? 1 : NODES) + 1000 ))
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$per_node" ]; then
  echo "warning: a process may open $(ulimit -n) files; each server needs about $per_node" >&2
fi

cluster=()
if [ "$SINGLE" != 1 ]; then
  REDIS_PORT=$(free_port)
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --pidfile "$WORK/redis.pid" --logfile "$(realpath "$OUT")/cluster-redis.log"
  for _ in $(seq 1 50); do [ "$(redis-cli -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ] && break; sleep 0.1; done
fi

URLS=()
for i in $(seq 1 $(( SINGLE == 1 ? 1 : NODES ))); do
  port=$(free_port)
  [ "$SINGLE" = 1 ] || cluster=(--redis "redis://127.0.0.1:$REDIS_PORT" --node-id "node$i")
  # one room holds every player of the run; the journals go to a throw-away folder
  java "-Xmx$HEAP" -jar "$JAR" --port "$port" --bind 127.0.0.1 --quizzes loadtest/quizzes \
      --max-players $(( PLAYERS + 1000 )) --joins-per-room-per-address 1000000 --creates-per-minute 100000 \
      --rooms-per-address 100000 --results-dir "$OUT/cluster-results/node$i" --data-dir "$WORK/node$i-data" \
      "${cluster[@]}" > "$OUT/cluster-node$i.log" 2>&1 &
  SERVER_PIDS+=($!)
  URLS+=("ws://127.0.0.1:$port")
done
for u in "${URLS[@]}"; do
  port=${u##*:}
  wait_healthy "$port" || { echo "a node did not start: see $OUT/cluster-node*.log" >&2; exit 1; }
done
PIDS=("${SERVER_PIDS[@]}")
while [ "${#URLS[@]}" -lt "$NODES" ]; do URLS+=("${URLS[0]}"); PIDS+=("${PIDS[0]}"); done
url_list=$(IFS=,; echo "${URLS[*]}")
pid_list=$(IFS=,; echo "${PIDS[*]}")
SCENARIO=${SCENARIO:-cluster-stadium}
name=$SCENARIO
[ "$SINGLE" = 1 ] && name=$SCENARIO-single-server
kill_args=()
[ "$SCENARIO" = cluster-failover ] && kill_args=(--kill-owner-pid "${SERVER_PIDS[0]}")
echo "nodes: $url_list (pids $pid_list)${REDIS_PORT:+, redis on $REDIS_PORT}" >&2

if [ "$WARMUP" -gt 0 ]; then
  "${LT[@]}" --scenario cluster-stadium --players "$WARMUP" --questions 3 --warmup-questions 0 --no-heap \
      --url "$url_list" > "$OUT/$name-warmup.out" 2>&1 || true
fi
[ "${QUIET:-1}" = 0 ] || quiet
status=0
"${LT[@]}" --scenario "$SCENARIO" --players "$PLAYERS" --url "$url_list" --server-pid "$pid_list" \
    "${kill_args[@]}" --json "$OUT/$name.json" "${EXTRA_ARGS[@]}" | tee "$OUT/$name.txt" || status=1
exit $status
