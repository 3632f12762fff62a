#!/usr/bin/env bash
# How loadtest/results/2026-12-05-i19-heap was taken (paths as on the box then): ./measure.sh before JAR; ./measure.sh after JAR
# usage: measure.sh LABEL SERVER_JAR  (N players, 10 questions, stadium timing, one spawned server)
set -u
LABEL=$1; JAR=$2; N=${N:-2000}
D=/tmp/i19h/$LABEL; rm -rf $D; mkdir -p $D
cd /work/wt-i19-heap
HEAP_HISTOGRAMS=$D timeout 600 java -Xmx768m -jar loadtest/target/quiznight-loadtest.jar --scenario stadium \
  --players $N --questions 10 --workers 1 --spawn-server "$JAR" --server-jvm-opts "-Xmx1g" \
  --json $D/report.json > $D/out.txt 2>&1
echo "rc=$?"
ls $D
