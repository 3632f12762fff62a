#!/usr/bin/env bash
# The homework measurement of docs/benchmarks.md: 2,000 students starting within a minute, each playing one
# assignment alone at their own pace over HTTP, against one server; and, in the same run, the bare baseline of the
# classroom scenario, whose figures say how busy the shared machine was.
#
#   loadtest/run-homework.sh OUT_DIR [STUDENTS]
#
# Build first: mvn -DskipTests package. Starts the server from the jar (-Xmx2g, the benchmark quiz, the joins per
# address lifted as every student comes from this machine, a data folder in a
# temporary folder so every change is journaled as in production), waits for a quiet machine (QUIET_WAIT_SEC, default
# 600), runs `homework` (OUT_DIR/homework.json) then `--scenario classroom --baseline-only` (OUT_DIR/baseline.json).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: loadtest/run-homework.sh OUT_DIR [STUDENTS]}
STUDENTS=${2:-2000}
mkdir -p "$OUT"
LT=(java -jar loadtest/target/quiznight-loadtest.jar)
. loadtest/bench-lib.sh
export ORGANISER_KEY=${ORGANISER_KEY:-$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')}
PORT=${PORT:-8080}
STATE=$(mktemp -d)

java -Xmx2g -jar server/target/quiznight.jar --port "$PORT" --bind 127.0.0.1 --quizzes loadtest/quizzes \
     --organiser-key "$ORGANISER_KEY" --joins-per-assignment-per-address 1000000 \
     --data-dir "$STATE/data" --uploads-dir "$STATE/uploads" --results-dir "$STATE/results" > "$OUT/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$STATE"' EXIT
wait_healthy "$PORT" || { echo "the server did not start: see $OUT/server.log" >&2; exit 1; }

status=0
quiet
echo "== homework ($STUDENTS students)" >&2
"${LT[@]}" homework --url "http://127.0.0.1:$PORT" --students "$STUDENTS" --server-pid $PID \
    --json "$OUT/homework.json" | tee "$OUT/homework.txt" || status=1
quiet
echo "== classroom, bare baseline" >&2
"${LT[@]}" --scenario classroom --baseline-only --json "$OUT/baseline.json" | tee "$OUT/baseline.txt" || status=1
exit $status
