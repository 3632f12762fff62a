#!/usr/bin/env bash
# Issue 19's measurements: before (server jar built from 2db2a8a, main at the branch point) and after (this branch),
# alternately, each a fresh server (no warm-up game), pinned: server on core 0, load generator on core 1.
# The same load generator (this branch's, which adds the serverCpu split) drives both.
#   loadtest/results/2026-12-05-i19/run.sh before-1:stadium after-1:stadium before-2:stadium-busy ...
# (each step: VARIANT-N:SCENARIO...; VARIANT before or after; scenarios as run-benchmarks.sh takes them, comma-separated)
set -uo pipefail
cd "$(dirname "$0")/../../.."
D=loadtest/results/2026-12-05-i19
BEFORE_JAR=${BEFORE_JAR:-/tmp/i19-before/server/target/quiznight.jar}
export WARMUP=0 QUIET=0 PORT=${PORT:-8197}
for step in "$@"; do
  run=${step%%:*}; scenarios=${step#*:}
  jar=server/target/quiznight.jar; [[ $run == before* ]] && jar=$BEFORE_JAR
  echo "=== $run $scenarios $(date -u +%T) $(uptime)" >&2
  # shellcheck disable=SC2086
  SERVER_JAR=$jar loadtest/run-benchmarks.sh --pinned "$D/$run" ${scenarios//,/ } > "$D/$run.log" 2>&1
done
echo "=== done $(date -u +%T) $(uptime)" >&2
