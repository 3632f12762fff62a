#!/usr/bin/env bash
# Two builds of the same commit must give byte-identical jars (project.build.outputTimestamp in pom.xml).
#
#   release/check-reproducible.sh record FILE    the SHA-256 of every module jar now in */target/, into FILE
#   release/check-reproducible.sh compare FILE   fails, naming the jar and its differing entries, if a jar now in
#                                                */target/ differs from FILE's (after a clean build)
#   release/check-reproducible.sh                both around two clean builds (mvn -o clean package -DskipTests)
#
# .ci/run records after `mvn -B verify` and compares after the release build, which starts with `clean`: two full
# builds, compiler included, that must agree.
set -euo pipefail
cd "$(dirname "$0")/.."

jars() {
  ls web-client/target/quiznight-web-client-*.jar server/target/quiznight-server-*.jar server/target/quiznight.jar \
    loadtest/target/quiznight-loadtest-*.jar loadtest/target/quiznight-loadtest.jar 2>/dev/null | grep -v -- '-sources\.jar$'
}

record() {
  local list
  list=$(jars)
  [ "$(echo "$list" | wc -l)" -eq 5 ] || { echo "reproducible: expected 5 module jars in */target/, found: $list" >&2; exit 1; }
  # shellcheck disable=SC2086 # one jar path a line, none with spaces
  sha256sum $list > "$1"
  mkdir -p "$1.entries"
  for j in $list; do unzip -lv "$j" > "$1.entries/$(basename "$j").txt"; done
}

compare() {
  local now failed=0
  now=$(mktemp -d)
  # shellcheck disable=SC2064 # the folder's name now, not at exit
  trap "rm -rf '$now'" EXIT
  record "$now/sums"
  while read -r sum jar; do
    if ! grep -qx "$sum  $jar" "$now/sums"; then
      failed=1
      echo "reproducible: $jar differs between the two builds; entries that differ (CRC, size or time):" >&2
      diff "$1.entries/$(basename "$jar").txt" "$now/sums.entries/$(basename "$jar").txt" | head -20 >&2 || true
    fi
  done < "$1"
  if [ $failed -ne 0 ]; then exit 1; fi
  echo "reproducible: $(wc -l < "$1") jars byte-identical across two builds:"
  sed 's/^/  /' "$1"
}

case "${1:-}" in
  record) record "$2" ;;
  compare) compare "$2" ;;
  "")
    first=$(mktemp -d)
    mvn -o -q -B clean package -DskipTests
    record "$first/sums"
    mvn -o -q -B clean package -DskipTests
    compare "$first/sums"
    rm -rf "$first"
    ;;
  *) echo "usage: $0 [record FILE | compare FILE]" >&2; exit 2 ;;
esac
