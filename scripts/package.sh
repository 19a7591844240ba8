#!/usr/bin/env bash
# Builds the packaged workbench from target/journey-workbench.jar; `mvn -Ppackage package` calls it.
#   target/package/journey-workbench/          the app image: bin/journey-workbench with its own trimmed Java
#   target/package/journey-workbench_V_amd64.deb  on Linux, when fakeroot and dpkg-deb are installed
# The Windows (.msi) and macOS (.dmg) equivalents, which need their own machines: docs/packaging.md.
#
# usage: scripts/package.sh VERSION        (the pom's version; an installer's version drops "-SNAPSHOT")
# needs: a JDK 17+ with jdeps, jlink and jpackage; for the class-data archive of the window, a display or
#        xvfb-run (without one the archive covers the commands only); for the .deb, fakeroot and dpkg-deb
#        (Debian/Ubuntu: apt-get install fakeroot dpkg-dev xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: scripts/package.sh VERSION}
app_version=${version%%-*}
out=target/package
jar=target/journey-workbench.jar
name=journey-workbench
[[ -f $jar ]] || { echo "package.sh: $jar is missing: run mvn -Ppackage package" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out/input"

echo "package.sh: the Java modules the jar uses (jdeps)"
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
# jdk.localedata for British formats only (en-GB); everything else jdeps found.
modules="$modules,jdk.localedata"
echo "package.sh: a runtime of $modules (jlink)"
jlink --add-modules "$modules" --include-locales=en,en-GB --strip-debug --no-header-files --no-man-pages \
  --compress=2 --generate-cds-archive --output "$out/runtime"
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"   # only used with heaps over 32 GB

# JavaFX's native libraries go beside the jar, where JavaFX looks first: nothing is unpacked into the
# user's home on first start, and the jar does not carry them twice.
cp "$jar" "$out/input/"
unzip -q -j -o "$jar" '*.so' -d "$out/input"
zip -q -d "$out/input/$name.jar" '*.so'
cp -r sample-models "$out/input/"

echo "package.sh: the app image (jpackage)"
jpackage --type app-image --name "$name" --app-version "$app_version" \
  --vendor "Journey Workbench" --copyright "Journey Workbench contributors" \
  --description "A scenario workbench for offender-journey business cases" \
  --input "$out/input" --main-jar "$name.jar" --main-class org.journeyworkbench.Main \
  --runtime-image "$out/runtime" \
  --java-options '-XX:+UseSerialGC' --java-options '-XX:TieredStopAtLevel=1' \
  --java-options '-Dfile.encoding=UTF-8' --java-options '-Dsun.stdout.encoding=UTF-8' --java-options '-Dsun.stderr.encoding=UTF-8' \
  --dest "$out"
app="$out/$name"
appdir=$(cd "$app/lib/app" && pwd)

# Class-data sharing: one recorded run (compute, the window, the background export warm-up) archived
# into the image, so the classes load already parsed and verified.
echo "package.sh: the class-data archive (a recorded run)"
home=$(mktemp -d)
run=("$app/bin/$name")
if [[ -z ${DISPLAY:-} ]]; then
  if command -v xvfb-run >/dev/null; then
    run=(xvfb-run -a -s "-screen 0 1440x900x24" "${run[@]}")
  else
    echo "package.sh: no display and no xvfb-run: the archive covers the commands only" >&2
    run+=(compute "$appdir/sample-models/barnet-2012.json")
  fi
fi
HOME=$home JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$appdir/$name.jsa -Duser.home=$home \
-Djourneyworkbench.train=$appdir/sample-models/barnet-2012.json -Djourneyworkbench.firstFrame=train" \
  timeout 300 "${run[@]}" >"$out/training.log" 2>&1 || { cat "$out/training.log" >&2; exit 1; }
rm -rf "$home"
[[ -s $appdir/$name.jsa ]] || { echo "package.sh: no class-data archive was written" >&2; exit 1; }
echo 'java-options=-XX:SharedArchiveFile=$APPDIR/'"$name"'.jsa' >>"$appdir/$name.cfg"

echo "package.sh: $app: $(du -sh "$app" | cut -f1)"
if [[ $(uname) == Linux ]] && command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  echo "package.sh: the .deb (jpackage)"
  jpackage --type deb --app-image "$app" --name "$name" --app-version "$app_version" \
    --vendor "Journey Workbench" --description "A scenario workbench for offender-journey business cases" \
    --file-associations src/packaging/model-file.properties \
    --linux-shortcut --linux-menu-group Office --linux-app-category science \
    --resource-dir src/packaging/linux \
    --dest "$out"
  ls -l "$out"/*.deb
else
  echo "package.sh: no .deb (needs Linux with fakeroot and dpkg-deb)" >&2
fi
