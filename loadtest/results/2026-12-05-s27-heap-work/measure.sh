#!/usr/bin/env bash
# How loadtest/results/2026-12-05-s27-heap-work was taken: ./measure.sh before BEFORE_JAR; ./measure.sh after AFTER_JAR
# (before = main's jar at 076bc17, after = branch s27-heap; the same load generator jar for both: GEN).
# usage: measure.sh LABEL SERVER_JAR  (N players, 10 questions, stadium timing, one spawned server; histograms in DIR)
# The per-class differences: python3 ../2026-12-05-i19-heap/hdiff.py HISTOGRAM_A HISTOGRAM_B N
set -u
LABEL=$1; JAR=$2; N=${N:-2000}; GEN=${GEN:-/tmp/s27h/loadtest.jar}
D=${OUTDIR:-/tmp/s27h}/$LABEL; rm -rf "$D"; mkdir -p "$D"
uptime > "$D/box.txt"
HEAP_HISTOGRAMS=$D timeout 600 java -Xmx768m -jar "$GEN" --scenario stadium \
  --players "$N" --questions 10 --workers 1 --spawn-server "$JAR" --server-jvm-opts "-Xmx1g" \
  --json "$D/report.json" > "$D/out.txt" 2>&1
echo "rc=$?"
uptime >> "$D/box.txt"
ls "$D"
