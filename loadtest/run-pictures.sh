#!/usr/bin/env bash
# The pictures measurement of docs/benchmarks.md: the same 5,000-player game without and with a picture on every
# question, back to back against one server, and the ratio of question fan-out p99 (with / without).
#
#   loadtest/run-pictures.sh OUT_DIR [ROUNDS]
#
# Build first: mvn -DskipTests package. Starts the server from the jar (-Xmx2g, the benchmark quiz, its data and
# uploads in a temporary folder), warms it with one unreported 2,000-player game with pictures (the media path as well
# as the game's), then ROUNDS times (default 1) runs `--scenario pictures --no-images` and `--scenario pictures`
# (the order alternates from round to round), each after waiting for a quiet machine. Writes
# OUT_DIR/pictures-without[-N].json/.txt, OUT_DIR/pictures-with[-N].json/.txt (with 'vsCompared': the ratio to the
# run without of the same round, added by the `compare` command) and OUT_DIR/summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: loadtest/run-pictures.sh OUT_DIR [ROUNDS]}
ROUNDS=${2:-1}
mkdir -p "$OUT"
LT=(java -jar loadtest/target/quiznight-loadtest.jar)
. loadtest/bench-lib.sh
export ORGANISER_KEY=${ORGANISER_KEY:-$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')}
PORT=${PORT:-8080}
STATE=$(mktemp -d)

# Every bot comes from this machine: lift the per-address quotas meant for a classroom behind one address (joins, rooms,
# and the uploads each run makes: 10 pictures and one quiz).
java -Xmx2g -jar server/target/quiznight.jar --port "$PORT" --bind 127.0.0.1 --quizzes loadtest/quizzes \
     --joins-per-room-per-address 1000000 --creates-per-minute 100000 --rooms-per-address 100000 \
     --uploads-per-minute 1000 --media-uploads-per-minute 1000 \
     --data-dir "$STATE/data" --uploads-dir "$STATE/uploads" --results-dir "$STATE/results" > "$OUT/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$STATE"' EXIT
wait_healthy "$PORT" || { echo "the server did not start: see $OUT/server.log" >&2; exit 1; }

"${LT[@]}" --scenario pictures --players 2000 --questions 3 --warmup-questions 0 --no-heap \
    --url "ws://127.0.0.1:$PORT" > "$OUT/warmup.out" 2>&1 || true
status=0
run() { # run NAME [OPTIONS...]
  local name=$1; shift
  quiet
  echo "== $name" >&2
  "${LT[@]}" --scenario pictures "$@" --url "ws://127.0.0.1:$PORT" --server-pid $PID --json "$OUT/$name.json" \
      | tee "$OUT/$name.txt" || status=1
}
for r in $(seq 1 "$ROUNDS"); do
  sfx=$([ "$ROUNDS" -gt 1 ] && echo "-$r" || true)
  if [ $((r % 2)) -eq 1 ]; then
    run "pictures-without$sfx" --no-images
    run "pictures-with$sfx" --images
  else
    run "pictures-with$sfx" --images
    run "pictures-without$sfx" --no-images
  fi
  "${LT[@]}" compare "$OUT/pictures-with$sfx.json" --to "$OUT/pictures-without$sfx.json" || status=1
done

for f in "$OUT"/pictures-with.json "$OUT"/pictures-with-[0-9]*.json; do
  [ -f "$f" ] || continue
  jq -r --arg f "$(basename "$f")" '.runs[0] | "\($f): question fan-out p99 last player \(.vsCompared.questionLast.p99) ms vs \(.vsCompared.questionLast.otherP99) ms without = \(.vsCompared.questionLast.ratio); each player \(.vsCompared.question.p99) vs \(.vsCompared.question.otherP99) = \(.vsCompared.question.ratio); pictures: \(.pictures.requests) requests, \(.pictures.bytes) bytes, fetch p99 \(.pictures.fetchMs.p99) ms, ready at their question \(.pictures.shareReadyAtQuestion); missed \(.missed), errors \(.errors)"' "$f"
done | tee "$OUT/summary.txt"
exit $status
