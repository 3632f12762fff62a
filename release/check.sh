#!/usr/bin/env bash
# Tests the release as someone without Java or Maven meets it; .ci/run runs it after `mvn -Prelease package`.
# Needs: server/target/release/ (release/build.sh), loadtest/target/quiznight-loadtest.jar (the game's client; it
# runs on the build's Java: only the server must do without), dpkg, systemd-analyze, unzip, curl, jq, and root.
#
# 1. Checksums and SBOM: SHA256SUMS verifies; the SBOM is CycloneDX and lists the server's libraries and the runtime.
# 2. The tarball, unpacked in an empty folder and run with PATH holding only sh, readlink and dirname, JAVA_HOME
#    unset, and (where this machine allows a mount namespace) /usr/lib/jvm hidden under an empty tmpfs: --help is the
#    fat jar's byte for byte, a bad flag fails the same way, --version names the version and the bundled runtime;
#    then a server started from it plays a classroom game (the load generator's bots over WebSockets, nothing
#    missed), takes a JPEG upload (ImageIO's native code), stops on SIGTERM with 143 and leaves the game's results
#    file.
# 3. The .deb, installed into a throwaway root (dpkg --root DIR --force-script-chrootless: the maintainer scripts run
#    on this machine with DPKG_ROOT=DIR and touch only DIR; useradd/groupadd --prefix write DIR/etc): the files, the
#    quiznight system user and group, /var/lib/quiznight owned by it, the unit enabled and not started, the unit
#    passing systemd-analyze verify against that root, the installed launcher running with the packaged settings
#    file; then a reinstall (an upgrade) keeping an edited settings file and a disabled unit; remove keeping the
#    settings and the data, and a reinstall after it finding the unit enabled as before; purge removing
#    /etc/quiznight and the enablement, keeping /var/lib/quiznight and the user.
#    Not checked here: the scripts' live-system branches (systemctl daemon-reload/try-restart/stop), which need a
#    running systemd; and the Depends line against a real package database (the root has none: --force-depends).
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
repo=$(pwd)

rel=server/target/release
loadtest_jar=$repo/loadtest/target/quiznight-loadtest.jar
host_java=${JAVA_HOME:+$JAVA_HOME/bin/}java
passed=0
fail() { echo "release check FAILED: $*" >&2; exit 1; }
ok() { echo "  ok: $*"; passed=$((passed + 1)); }

[ -d "$rel" ] || fail "no $rel: run mvn -Prelease package first"
[ -f "$loadtest_jar" ] || fail "no $loadtest_jar: run mvn package first"
[ "$(id -u)" -eq 0 ] || fail "dpkg --root needs root"
tarball=$(ls "$rel"/quiznight-*-linux-x64.tar.gz)
deb=$(ls "$rel"/quiznight_*_amd64.deb)
version=$(basename "$tarball" -linux-x64.tar.gz)
version=${version#quiznight-}
sbom="$rel/quiznight-$version.cdx.json"

tmp=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -KILL "$server_pid" || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "release check: $version"

# --- 1. checksums, SBOM ---
(cd "$rel" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS does not match"
[ "$(wc -l < "$rel/SHA256SUMS")" -eq 3 ] || fail "SHA256SUMS should list the tarball, the .deb and the SBOM"
ok "SHA256SUMS verifies the tarball, the .deb and the SBOM"
grep -q '"bomFormat" *: *"CycloneDX"' "$sbom" || fail "$sbom is not a CycloneDX BOM"
for purl in pkg:maven/io.netty/netty-codec-http@ pkg:maven/com.fasterxml.jackson.core/jackson-databind@ \
    pkg:maven/io.github.quiznight/quiznight-web-client@; do
  grep -q "\"$purl" "$sbom" || fail "the SBOM does not list $purl"
done
if grep -q '"pkg:maven/org.junit' "$sbom"; then fail "the SBOM lists test libraries (JUnit)"; fi
runtime_component=$(jq -r '.components[] | select(.type == "platform") | .name + " " + .version' "$sbom")
[ -n "$runtime_component" ] || fail "the SBOM does not list the bundled Java runtime"
ok "the SBOM is CycloneDX, lists netty, jackson, the web client and the runtime ($runtime_component), and no test library"

# --- 2. the tarball, without any JDK ---
mkdir -p "$tmp/unpacked" "$tmp/path" "$tmp/home"
tar -xzf "$tarball" -C "$tmp/unpacked"
app="$tmp/unpacked/quiznight-$version"
launcher="$app/bin/quiznight"
[ -x "$launcher" ] && [ -x "$app/runtime/bin/java" ] && [ -f "$app/lib/quiznight.jar" ] || fail "the tarball lacks bin/quiznight, runtime/bin/java or lib/quiznight.jar"
echo "  unpacked size: $(du -sh "$app" | cut -f1) (runtime $(du -sh "$app/runtime" | cut -f1), jar $(du -sh "$app/lib/quiznight.jar" | cut -f1))"
missing=$(for so in $(find "$app/runtime" -name '*.so'); do
  LD_LIBRARY_PATH="$app/runtime/lib:$app/runtime/lib/server" ldd "$so" | grep "not found" || true
done | sort -u)
[ -z "$missing" ] || fail "native libraries the runtime links to are missing here: $missing"
ok "every native library of the runtime finds the system libraries it links to"
for tool in sh readlink dirname; do ln -s "$(command -v "$tool")" "$tmp/path/$tool"; done
nojdk=(env -i "HOME=$tmp/home" "PATH=$tmp/path" LANG=C.UTF-8)
if env -i /usr/bin/unshare --mount --propagation private /bin/sh -c '/bin/mount -t tmpfs none /usr/lib/jvm' 2>/dev/null; then
  nojdk+=(/usr/bin/unshare --mount --propagation private /bin/sh -c '/bin/mount -t tmpfs none /usr/lib/jvm && exec "$@"' sh)
  hidden="PATH and JAVA_HOME without a JDK, /usr/lib/jvm hidden"
else
  hidden="PATH and JAVA_HOME without a JDK (no mount namespace here: /usr/lib/jvm stays visible)"
fi
if "${nojdk[@]}" /bin/sh -c 'command -v java' >/dev/null 2>&1; then fail "java is still on the stripped PATH"; fi
ok "no java on the stripped PATH ($hidden)"

"${nojdk[@]}" "$launcher" --help > "$tmp/help.launcher"
"$host_java" -jar "$repo/server/target/quiznight.jar" --help > "$tmp/help.jar"
cmp -s "$tmp/help.launcher" "$tmp/help.jar" || { diff "$tmp/help.jar" "$tmp/help.launcher" | head >&2; fail "--help differs from the fat jar's"; }
grep -q -- '--organiser-key' "$tmp/help.launcher" || fail "--help does not list the flags"
ok "bin/quiznight --help is the fat jar's, byte for byte ($(wc -l < "$tmp/help.launcher") lines)"

set +e
"${nojdk[@]}" "$launcher" --port 70000 > "$tmp/bad.launcher" 2>&1; bad_launcher=$?
"$host_java" -jar "$repo/server/target/quiznight.jar" --port 70000 > "$tmp/bad.jar" 2>&1; bad_jar=$?
set -e
[ "$bad_launcher" -eq "$bad_jar" ] && [ "$bad_launcher" -ne 0 ] && cmp -s "$tmp/bad.launcher" "$tmp/bad.jar" \
  || fail "a bad flag: launcher exit $bad_launcher vs jar $bad_jar, or different output"
ok "a bad flag (--port 70000) fails as the fat jar does: exit $bad_launcher, same sentence"

"${nojdk[@]}" "$launcher" --version > "$tmp/version"
head -1 "$tmp/version" | grep -qx "QuizNight $version" || fail "--version says '$(head -1 "$tmp/version")', not 'QuizNight $version'"
sed -n 2p "$tmp/version" | grep -q "$app/runtime" || fail "--version's runtime is not the bundled one: $(sed -n 2p "$tmp/version")"
ok "--version: $(tr '\n' ' ' < "$tmp/version")"

run="$tmp/run"
mkdir -p "$run/quizzes"
unzip -p "$loadtest_jar" quiznight/loadtest/loadtest.json > "$run/quizzes/loadtest.json"
key=release-check-organiser-key-$$
cd "$run"
# Results, journals and uploads go to the default folders under the working directory, as for someone who unpacked it.
"${nojdk[@]}" "$launcher" --port 0 --bind 127.0.0.1 --quizzes quizzes --organiser-key "$key" > "$run/server.out" 2>&1 &
server_pid=$!
cd "$repo"
port=""
for _ in $(seq 1 120); do
  port=$(sed -n 's|.*Host screen (open it and project it): *http://localhost:\([0-9]*\)/.*|\1|p' "$run/server.out")
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$run/server.out" >&2; fail "the server from the tarball exited at start"; }
  sleep 0.5
done
[ -n "$port" ] || { cat "$run/server.out" >&2; fail "the server from the tarball did not say where it runs within 60 s"; }
exe=$(readlink "/proc/$server_pid/exe")
[ "$exe" = "$app/runtime/bin/java" ] || fail "the server runs on $exe, not the bundled runtime"
ok "the server from the tarball runs on port $port, on $exe"

"$host_java" -jar "$loadtest_jar" --url "ws://127.0.0.1:$port" --organiser-key "$key" --scenario classroom --players 12 \
  --questions 2 --time-limit-sec 5 --answer-delay-ms 20..300 --pause-ms 150 --join-rate 400 --no-heap \
  --quiz-file "$run/quizzes/loadtest.json" --json "$tmp/game.json" > "$tmp/game.out" 2>&1 \
  || { cat "$tmp/game.out" >&2; fail "the game against the tarball's server failed (missed messages, errors or no finish)"; }
grep -q '"missed" *: *0' "$tmp/game.json" && grep -q '"errors" *: *0' "$tmp/game.json" || fail "the game report shows missed messages or errors"
ok "a classroom game (12 players, 2 questions) over WebSockets: nothing missed, no errors"

# Pictures go through ImageIO and Java2D, the runtime's trimmed native libraries (libjavajpeg, libawt, mlib_image):
# an uploaded JPEG must be decoded and come back re-encoded.
base64 -d > "$tmp/picture.jpg" <<'JPEG'
/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a
HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIy
MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCABAAGADASIA
AhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQA
AAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3
ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWm
p6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEA
AwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSEx
BhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElK
U1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3
uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDupGqt
I1Pkaq0jV+YUKR9FJjJGqrI1Pkaq0jV7NCkYSYyRqqyNT5GqtI1exQpGMmMkaqsjU+RqrSNXsUKR
hJjJGqrI1Pkaq0jV7NCkYSYyRqqyNT5GqtI1exQpGMmexSNVaRqfI1VZGr8VoUj3ZMZI1VZGqSRq
qyNXs0KRhJjJGqrI1SSNVWRq9ihSMJMZI1VZGqSRqqyNXsUKRjJjJGqrI1SSNVWRq9mhSMJMZI1V
ZGqSRqqyNXsUKRhJnsUjVWkanyNVWRq/FqFI92TGSNVaRqfI1VZGr2KFIxkxkjVWkanyNVWRq9ih
SMJMZI1VpGp8jVVkavZoUjCTGSNVaRqfI1VZGr2KFIwkxkjVWkanyNVWRq9ihSMZM9jkaqsjU+Rq
rSNX4tQpHuyYyRqqyNT5GqtI1exQpGEmMkaqsjU+RqrSNXs0KRhJjJGqrI1Pkaq0jV7FCkYyYyRq
qyNT5GqtI1exQpGEmMkaqsjU+RqrSNXs0KRhJn//2Q==
JPEG
status=$(curl -sS -o "$tmp/media.json" -w '%{http_code}' -H "X-Organiser-Key: $key" --data-binary @"$tmp/picture.jpg" \
  "http://127.0.0.1:$port/api/media")
[ "$status" = 201 ] || fail "a JPEG upload to the tarball's server answered $status: $(cat "$tmp/media.json")"
projector=$(sed -n 's/.*"projector" *: *"\([^"]*\)".*/\1/p' "$tmp/media.json")
got=$(curl -sS -o "$tmp/projector.jpg" -w '%{http_code} %{content_type}' "http://127.0.0.1:$port$projector")
[ "$got" = "200 image/jpeg" ] && [ "$(head -c 3 "$tmp/projector.jpg" | od -An -tx1 | tr -d ' ')" = ffd8ff ] \
  || fail "the stored picture $projector answered '$got', or is no JPEG"
ok "a JPEG uploaded to it is decoded, re-encoded and served back ($(tr -d '\n' < "$tmp/media.json" | cut -c1-60)...)"

kill -TERM "$server_pid"
set +e
wait "$server_pid"; code=$?
set -e
server_pid=""
[ "$code" -eq 143 ] || { cat "$run/server.out" >&2; fail "SIGTERM: exit $code, expected 143 (after the shutdown hook)"; }
grep -q "stopping: telling clients and writing results" "$run/server.out" || fail "SIGTERM did not run the shutdown hook"
results=$(ls "$run"/results/*.json 2>/dev/null | head -1)
[ -n "$results" ] || fail "no results file in $run/results after the game and SIGTERM"
grep -q '"loadtest"' "$results" && [ "$(grep -o '"playerId"' "$results" | wc -l)" -ge 12 ] \
  || fail "the results file $results does not hold the game's quiz and 12 players"
ok "SIGTERM: exit 143 after the shutdown hook; results file $(basename "$results") holds the game"

# --- 3. the .deb, in a throwaway root ---
info=$(dpkg-deb --field "$deb" Package Version Architecture Depends)
echo "$info" | grep -qx "Package: quiznight" && echo "$info" | grep -qx "Architecture: amd64" \
  && echo "$info" | grep -q "^Depends: .*libc6" || fail "the .deb's control is wrong: $info"
[ "$(dpkg-deb --ctrl-tarfile "$deb" | tar -xOf - ./conffiles)" = /etc/quiznight/quiznight.properties ] || fail "the settings file is not a conffile"
ok "the .deb's control: $(echo "$info" | head -3 | tr '\n' ' ')and a conffile"

R="$tmp/root"
mkdir -p "$R/var/lib/dpkg/info" "$R/var/lib/dpkg/updates" "$R/var/lib/dpkg/triggers" "$R/etc"
touch "$R/var/lib/dpkg/status" "$R/var/lib/dpkg/available"
printf 'root:x:0:0:root:/root:/bin/bash\n' > "$R/etc/passwd"
printf 'root:x:0:\n' > "$R/etc/group"
printf 'root:*:19000:0:99999:7:::\n' > "$R/etc/shadow"
printf 'root:*::\n' > "$R/etc/gshadow"
chmod 0640 "$R/etc/shadow" "$R/etc/gshadow"
dpkg_root() {
  dpkg --root="$R" --force-script-chrootless --force-depends --force-unsafe-io --log="$tmp/dpkg.log" "$@" \
    > "$tmp/dpkg.out" 2>&1 || { cat "$tmp/dpkg.out" >&2; fail "dpkg $*"; }
}
dpkg_root -i "$deb"
dpkg --root="$R" -s quiznight | grep -qx "Status: install ok installed" || fail "quiznight is not installed in the root"
for f in opt/quiznight/bin/quiznight opt/quiznight/runtime/bin/java; do [ -x "$R/$f" ] || fail "/$f is missing or not executable"; done
for f in opt/quiznight/lib/quiznight.jar etc/quiznight/quiznight.properties lib/systemd/system/quiznight.service; do
  [ -f "$R/$f" ] || fail "/$f is missing"
done
[ "$(readlink "$R/usr/bin/quiznight")" = /opt/quiznight/bin/quiznight ] || fail "/usr/bin/quiznight does not point at the launcher"
ok "installed: /opt/quiznight/{bin/quiznight,lib/quiznight.jar,runtime}, /usr/bin/quiznight, the unit and the settings"

user=$(grep '^quiznight:' "$R/etc/passwd") || fail "no quiznight user in the root's /etc/passwd"
IFS=: read -r _ _ uid gid _ home shell <<< "$user"
[ "$uid" -lt 1000 ] && [ "$home" = /var/lib/quiznight ] && [ "$shell" = /usr/sbin/nologin ] || fail "the quiznight user is not a system user: $user"
grep -q "^quiznight:x:$gid:" "$R/etc/group" || fail "no quiznight group with gid $gid"
[ "$(grep -c '^quiznight:' "$R/etc/passwd")" -eq 1 ] || fail "the quiznight user is there twice"
grep -q "^root:" "$R/etc/passwd" || fail "useradd lost root"
[ "$(stat -c '%u:%g %a' "$R/var/lib/quiznight")" = "$uid:$gid 750" ] || fail "/var/lib/quiznight is $(stat -c '%u:%g %a' "$R/var/lib/quiznight")"
[ "$(stat -c '%u:%g %a' "$R/etc/quiznight/quiznight.properties")" = "0:$gid 640" ] || fail "the settings file is not root:quiznight 640"
ok "system user quiznight ($user), /var/lib/quiznight $uid:$gid 750, settings root:quiznight 640"

wants="$R/etc/systemd/system/multi-user.target.wants/quiznight.service"
[ "$(readlink "$wants")" = /lib/systemd/system/quiznight.service ] || fail "the unit is not enabled (no multi-user.target.wants link)"
grep -qx 'ExecStart=/opt/quiznight/bin/quiznight --config /etc/quiznight/quiznight.properties' "$R/lib/systemd/system/quiznight.service" \
  && grep -qx 'User=quiznight' "$R/lib/systemd/system/quiznight.service" || fail "the unit does not run the launcher as quiznight"
# A real system has systemd's own units (sysinit.target...): give the root a copy of this machine's, in
# /usr/lib/systemd/system, where the package puts nothing.
mkdir -p "$R/usr/lib/systemd/system"
cp -a /lib/systemd/system/. "$R/usr/lib/systemd/system/"
analyze=$(systemd-analyze verify --root="$R" /lib/systemd/system/quiznight.service 2>&1) \
  || fail "systemd-analyze verify: $analyze"
if echo "$analyze" | grep -q "quiznight.service"; then fail "systemd-analyze verify warns: $analyze"; fi
ok "the unit is enabled (not started: nothing ran it) and passes systemd-analyze verify in the root"

mkdir -p "$tmp/pkgrun"
"${nojdk[@]}" "$R/opt/quiznight/bin/quiznight" --config "$R/etc/quiznight/quiznight.properties" --port 0 --bind 127.0.0.1 \
  --data-dir "$tmp/pkgrun/data" --results-dir "$tmp/pkgrun/results" --uploads-dir "$tmp/pkgrun/uploads" > "$tmp/pkgrun/out" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  grep -q "QuizNight is running" "$tmp/pkgrun/out" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/pkgrun/out" >&2; fail "the installed server refused its settings file"; }
  sleep 0.5
done
grep -q "QuizNight is running" "$tmp/pkgrun/out" || fail "the installed server did not start within 60 s"
kill -TERM "$server_pid"
set +e
wait "$server_pid"; code=$?
set -e
server_pid=""
[ "$code" -eq 143 ] || fail "the installed server exited $code on SIGTERM"
ok "the installed launcher starts with the packaged settings file (no JDK) and stops on SIGTERM"

# An upgrade (the same package again): the admin's edit and disable stay, the user is not added twice.
echo "max-players=500" >> "$R/etc/quiznight/quiznight.properties"
rm "$wants"
mkdir -p "$R/var/lib/quiznight/results"
echo '{"kept":true}' > "$R/var/lib/quiznight/results/earlier-game.json"
dpkg_root -i "$deb"
grep -qx "max-players=500" "$R/etc/quiznight/quiznight.properties" || fail "the upgrade lost the edited settings"
[ ! -e "$wants" ] && [ ! -L "$wants" ] || fail "the upgrade enabled the unit the admin had disabled"
[ "$(grep -c '^quiznight:' "$R/etc/passwd")" -eq 1 ] || fail "the upgrade added the user again"
ok "an upgrade keeps the edited settings file, the disabled unit and the one user"

ln -s /lib/systemd/system/quiznight.service "$wants"
dpkg_root -r quiznight
[ ! -e "$R/opt/quiznight" ] && [ ! -e "$R/usr/bin/quiznight" ] && [ ! -e "$R/lib/systemd/system/quiznight.service" ] \
  || fail "remove left program files"
[ -f "$R/etc/quiznight/quiznight.properties" ] && [ -f "$R/var/lib/quiznight/results/earlier-game.json" ] \
  || fail "remove took the settings or the data"
ok "remove takes /opt/quiznight and the unit file, keeps the settings and /var/lib/quiznight"

dpkg_root -i "$deb"
[ "$(readlink "$wants")" = /lib/systemd/system/quiznight.service ] && [ -f "$R/lib/systemd/system/quiznight.service" ] \
  || fail "reinstalling after remove lost the unit's enablement"
grep -qx "max-players=500" "$R/etc/quiznight/quiznight.properties" || fail "reinstalling after remove lost the edited settings"
ok "reinstalling after remove finds the unit enabled as it was and the edited settings"

dpkg_root -P quiznight
[ ! -e "$R/etc/quiznight" ] && [ ! -L "$wants" ] || fail "purge left /etc/quiznight or the enablement"
[ -f "$R/var/lib/quiznight/results/earlier-game.json" ] && grep -q '^quiznight:' "$R/etc/passwd" \
  || fail "purge took /var/lib/quiznight or the user"
grep -q "kept /var/lib/quiznight" "$tmp/dpkg.out" || fail "purge did not say it kept /var/lib/quiznight"
ok "purge takes /etc/quiznight and keeps /var/lib/quiznight (results included) and the quiznight user"

echo "release-check: $passed passed, 0 failed"
