#!/usr/bin/env bash
# Makes the Linux x64 release from the fat jar: run by `mvn -Prelease package` (server/pom.xml passes the arguments),
# or by hand after `mvn -DskipTests package`:
#
#   release/build.sh --version 0.1.0 --timestamp 2026-12-01T00:00:00Z --jdk /usr/lib/jvm/java-17-openjdk-amd64 \
#       --jar server/target/quiznight.jar --sbom server/target/quiznight-sbom.json --out server/target/release
#
# Writes to --out:
#   quiznight-<version>-linux-x64.tar.gz  quiznight-<version>/{bin/quiznight, lib/quiznight.jar, runtime/}: runtime/ is
#                                         a jlink'd Java with only the modules jdeps finds in the jar
#   quiznight_<version>_amd64.deb         the same tree in /opt/quiznight, plus the unit, the settings file and the
#                                         maintainer scripts of release/deb/
#   quiznight-<version>.cdx.json          the CycloneDX SBOM: every library in the jar (with hashes) and the runtime
#   SHA256SUMS                            of the three above (`sha256sum -c SHA256SUMS`)
# Needs a JDK with jmods (jdeps, jlink), dpkg-deb and dpkg -S (a Debian build machine), strip and objdump (binutils), jq, tar, gzip.
# release/check.sh tests what it makes.
set -euo pipefail
shopt -s inherit_errexit

version="" timestamp="" jdk="" jar="" sbom="" out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="$2" ;;
    --timestamp) timestamp="$2" ;;
    --jdk) jdk="$2" ;;
    --jar) jar="$2" ;;
    --sbom) sbom="$2" ;;
    --out) out="$2" ;;
    *) echo "release/build.sh: unknown argument '$1' (see the comment at the top of this file)" >&2; exit 2 ;;
  esac
  shift 2
done
for v in version timestamp jdk jar sbom out; do
  if [ -z "${!v}" ]; then echo "release/build.sh: --$v is required" >&2; exit 2; fi
done
[ -f "$jar" ] || { echo "release/build.sh: no jar at $jar: build it first (mvn -DskipTests package)" >&2; exit 2; }
[ -f "$sbom" ] || { echo "release/build.sh: no SBOM at $sbom: run through mvn -Prelease package, online (the CycloneDX plugin skips itself under -o)" >&2; exit 2; }
[ -d "$jdk/jmods" ] || { echo "release/build.sh: $jdk has no jmods/ folder: jlink needs a full JDK (Debian: openjdk-17-jdk)" >&2; exit 2; }
command -v dpkg-deb >/dev/null || { echo "release/build.sh: dpkg-deb is missing (Debian/Ubuntu build machine needed for the .deb)" >&2; exit 2; }
command -v strip >/dev/null && command -v objdump >/dev/null || { echo "release/build.sh: strip or objdump is missing (apt-get install binutils)" >&2; exit 2; }
command -v jq >/dev/null || { echo "release/build.sh: jq is missing (apt-get install jq)" >&2; exit 2; }

# Files readable by all (the service user included) whatever the builder's umask; part of being reproducible.
umask 022
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
jar=$(readlink -f "$jar")
sbom=$(readlink -f "$sbom")
# Every file in the tarball and the .deb carries the build's outputTimestamp (reproducible, like the jars).
export SOURCE_DATE_EPOCH
SOURCE_DATE_EPOCH=$(date -u -d "$timestamp" +%s)
# A Debian version sorts -SNAPSHOT before the release: 0.1.0-SNAPSHOT becomes 0.1.0~SNAPSHOT.
debversion=${version/-/\~}
name="quiznight-$version"

rm -rf "$out"
mkdir -p "$out"
out=$(readlink -f "$out")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- runtime: the modules jdeps finds in the jar, and jdk.crypto.ec, which no class names (the TLS provider for
#     elliptic curves, loaded as a service: rediss:// in cluster mode). ---
modules=$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")
modules="$modules,jdk.crypto.ec"
echo "release: runtime modules: $modules"
app="$work/$name"
mkdir -p "$app/bin" "$app/lib"
"$jdk/bin/jlink" --module-path "$jdk/jmods" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$app/runtime"
# The server is headless (Main sets java.awt.headless): the X11 toolkit, sound and splash screen libraries of
# java.desktop are never loaded, and would only tie the package to X11 and ALSA libraries.
rm -f "$app/runtime/lib/libawt_xawt.so" "$app/runtime/lib/libjawt.so" \
  "$app/runtime/lib/libjsound.so" "$app/runtime/lib/libsplashscreen.so"
# jlink's --strip-debug leaves the native symbol tables (Debian's libjvm.so keeps them): 4 MB less. Crash logs
# still name the exported functions.
find "$app/runtime" -name '*.so' -exec strip --strip-unneeded {} +
cp "$jar" "$app/lib/quiznight.jar"
install -m 0755 "$here/quiznight" "$app/bin/quiznight"

stamp() { find "$1" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +; }
# tar of a folder, reproducible: sorted names, one time, no owner names.
reprotar() { tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner -C "$1" -cf - "$2" | gzip -n; }

stamp "$app"
reprotar "$work" "$name" > "$out/$name-linux-x64.tar.gz"
unpacked_kb=$(du -sk "$app" | cut -f1)
echo "release: $name-linux-x64.tar.gz: $(( $(stat -c %s "$out/$name-linux-x64.tar.gz") / 1024 / 1024 )) MB, $(( unpacked_kb / 1024 )) MB unpacked (runtime $(( $(du -sk "$app/runtime" | cut -f1) / 1024 )) MB)"

# --- .deb ---
deb="$work/deb"
mkdir -p "$deb/opt" "$deb/usr/bin" "$deb/etc/quiznight" "$deb/lib/systemd/system" "$deb/usr/share/doc/quiznight" "$deb/DEBIAN"
cp -a "$app" "$deb/opt/quiznight"
ln -s /opt/quiznight/bin/quiznight "$deb/usr/bin/quiznight"
install -m 0644 "$here/deb/quiznight.properties" "$deb/etc/quiznight/quiznight.properties"
# The unit of docs/, run from /opt/quiznight by the launcher; the heap setting moves to QUIZNIGHT_JAVA_OPTS.
sed -e 's|^ExecStart=/usr/bin/java -Xmx2g -jar /opt/quiznight/quiznight.jar |Environment=QUIZNIGHT_JAVA_OPTS=-Xmx2g\nExecStart=/opt/quiznight/bin/quiznight |' \
  "$repo/docs/quiznight.service" > "$deb/lib/systemd/system/quiznight.service"
grep -qx 'ExecStart=/opt/quiznight/bin/quiznight --config /etc/quiznight/quiznight.properties' "$deb/lib/systemd/system/quiznight.service" \
  || { echo "release/build.sh: docs/quiznight.service's ExecStart changed: adapt the sed above" >&2; exit 1; }
chmod 0644 "$deb/lib/systemd/system/quiznight.service"
printf 'QuizNight %s, a self-hosted live quiz server. See /opt/quiznight and docs/deploy.md of the source.\n' "$version" \
  > "$deb/usr/share/doc/quiznight/README"
for s in postinst prerm postrm; do install -m 0755 "$here/deb/$s" "$deb/DEBIAN/$s"; done
echo /etc/quiznight/quiznight.properties > "$deb/DEBIAN/conffiles"

# Depends: the Debian packages of the shared libraries the runtime's native code links to directly (glibc, zlib,
# libjpeg, lcms2, freetype, harfbuzz...): each library's NEEDED entries, resolved by ldd, owned per dpkg -S;
# passwd for useradd in postinst.
libs=$(for so in $(find "$app/runtime" -name '*.so'); do
  needed=$(objdump -p "$so" | awk '$1 == "NEEDED" {print $2}')
  LD_LIBRARY_PATH="$app/runtime/lib:$app/runtime/lib/server" ldd "$so" \
    | awk -v needed=" $(echo $needed) " '$2 == "=>" && $3 ~ /^\// && index(needed, " " $1 " ") {print $3}'
done | grep -v "^$app/" | sort -u)
depends=$(for lib in $libs; do
  real=$(readlink -f "$lib")
  { dpkg -S "$lib" 2>/dev/null || dpkg -S "/usr$lib" 2>/dev/null || dpkg -S "$real" 2>/dev/null || dpkg -S "/usr$real" 2>/dev/null \
    || { echo "release/build.sh: no Debian package owns $lib" >&2; exit 1; }; } | head -1 | cut -d: -f1
done | sort -u | paste -sd, | sed 's/,/, /g')
depends="$depends, passwd"
cat > "$deb/DEBIAN/control" <<EOF
Package: quiznight
Version: $debversion
Architecture: amd64
Maintainer: QuizNight maintainers <quiznight@users.noreply.github.com>
Installed-Size: $(du -sk --exclude=DEBIAN "$deb" | cut -f1)
Depends: $depends
Section: web
Priority: optional
Homepage: https://github.com/quiznight/quiznight
Description: self-hosted live quiz server (Kahoot-style, on your own machine)
 QuizNight serves a host screen to project and a page players open on their
 phones; the server scores every answer and shows standings and a podium.
 This package brings its own Java runtime (jlink) in /opt/quiznight, runs as
 the quiznight system user under systemd (enabled, not started: systemctl
 start quiznight), reads /etc/quiznight/quiznight.properties and keeps
 results, journals and uploads in /var/lib/quiznight, which removing or
 purging the package leaves in place.
EOF
stamp "$deb"
dpkg-deb --root-owner-group -Zgzip --build "$deb" "$out/quiznight_${debversion}_amd64.deb" >/dev/null
echo "release: quiznight_${debversion}_amd64.deb: $(( $(stat -c %s "$out/quiznight_${debversion}_amd64.deb") / 1024 / 1024 )) MB; Depends: $depends"

# --- SBOM and checksums ---
# The plugin's SBOM names every library in the jar; the bundled runtime is added as a platform component (the
# Debian package its jmods came from, when one did, and its modules), so that the SBOM covers all the tarball and
# the .deb carry.
java_version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$app/runtime/release")
jdk_package=$(dpkg -S "$jdk/jmods/java.base.jmod" 2>/dev/null | head -1 | cut -d: -f1 || true)
jdk_package_version=""
[ -z "$jdk_package" ] || jdk_package_version=$(dpkg-query -W -f '${Version}' "$jdk_package")
jq --arg java "$java_version" --arg modules "$modules" --arg pkg "$jdk_package" --arg pkgv "$jdk_package_version" '
  (if $pkg == "" then {name: "java-runtime", version: $java, ref: ("java-runtime@" + $java)}
   else {name: $pkg, version: $pkgv, purl: ("pkg:deb/debian/" + $pkg + "@" + ($pkgv | gsub("\\+"; "%2B")) + "?arch=amd64")}
   end) as $r
  | ($r.purl // $r.ref) as $ref
  | .components += [{type: "platform", "bom-ref": $ref, name: $r.name, version: $r.version,
      description: ("Java " + $java + " runtime in runtime/ of the tarball and /opt/quiznight/runtime of the .deb, made by jlink with the modules " + $modules),
      properties: [{name: "quiznight:java-version", value: $java}, {name: "quiznight:jlink-modules", value: $modules}]}
      + (if $r.purl then {purl: $r.purl} else {} end)]
  | .dependencies |= map(if .ref == $root then .dependsOn += [$ref] else . end)
' --arg root "$(jq -r '.metadata.component["bom-ref"]' "$sbom")" "$sbom" > "$out/$name.cdx.json"
(cd "$out" && sha256sum "$name-linux-x64.tar.gz" "quiznight_${debversion}_amd64.deb" "$name.cdx.json" > SHA256SUMS)
echo "release: written to $out:"
(cd "$out" && ls -l)
