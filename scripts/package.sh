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
# One fixed time on the jar: the class-data archive checks it, and the .deb's post-install script sets it
# back (jpackage stamps the packed files with the time of packing).
jar_mtime=$(date +%s)
touch -d "@$jar_mtime" "$appdir/$name.jar"
if [[ $(uname) == Linux ]]; then
  # jpackage's Linux launcher asks rpm and dpkg which package it belongs to on every start (0.3-0.5 s of a
  # 0.6 s command); a shell launcher with the same options starts the bundled Java directly.
  sed "s/@APP_VERSION@/$app_version/" src/packaging/linux/launcher.sh >"$app/bin/$name"
  chmod 755 "$app/bin/$name"
fi

# Class-data sharing: one recorded run (compute, the window, the background export warm-up) archived
# into the image, so the classes load already parsed and verified. Java 17 accepts an archive only with
# the jar at the path it was recorded at, so it is recorded twice: here, for this app image, and at
# /opt/journey-workbench, where the .deb installs it. (A moved app image runs as well, only without it.)
record_archive() {   # record_archive IMAGE_DIR
  local image=$1 appdir home run
  appdir=$(cd "$image/lib/app" && pwd)
  home=$(mktemp -d)
  run=("$image/bin/$name")
  if [[ -z ${DISPLAY:-} ]]; then
    if command -v xvfb-run >/dev/null; then
      run=(xvfb-run -a -s "-screen 0 1440x900x24" "${run[@]}")
    else
      echo "package.sh: no display and no xvfb-run: the archive covers the commands only" >&2
      run+=(compute "$appdir/sample-models/barnet-2012.json")
    fi
  fi
  rm -f "$appdir/$name.jsa"
  # A recording run must not also be told to use an archive.
  sed -i '/SharedArchiveFile\|-Xlog:cds/d' "$appdir/$name.cfg"
  HOME=$home JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$appdir/$name.jsa -Duser.home=$home \
-Djourneyworkbench.train=$appdir/sample-models/barnet-2012.json -Djourneyworkbench.firstFrame=train" \
    timeout 300 "${run[@]}" >"$out/training.log" 2>&1 || { cat "$out/training.log" >&2; rm -rf "$home"; return 1; }
  rm -rf "$home"
  [[ -s $appdir/$name.jsa ]] || { echo "package.sh: no class-data archive was written for $image" >&2; return 1; }
}
echo "package.sh: the class-data archive (a recorded run)"
record_archive "$app"
# The archive is used when it matches and silently left alone when it does not (a moved image).
printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/'"$name"'.jsa' \
  'java-options=-Xlog:cds=off,cds+dynamic=off' >>"$appdir/$name.cfg"

echo "package.sh: $app: $(du -sh "$app" | cut -f1)"
if [[ $(uname) == Linux ]] && command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  echo "package.sh: the .deb (jpackage)"
  deb_image=$app
  installed=/opt/$name
  if [[ ! -e $installed ]] && mkdir "$installed" 2>/dev/null; then
    echo "package.sh: the archive again at $installed, where the .deb installs"
    rmdir "$installed" && cp -a "$app" "$installed"
    if record_archive "$installed"; then
      deb_image="$out/deb-image/$name"
      mkdir -p "$out/deb-image" && cp -a "$app" "$deb_image"
      cp -p "$installed/lib/app/$name.jsa" "$deb_image/lib/app/$name.jsa"
    fi
    rm -rf "$installed"
  else
    echo "package.sh: cannot use $installed (installed already, or /opt not writable): the .deb's" \
      "class-data archive will not match where it installs, and it starts without it" >&2
  fi
  mkdir -p "$out/resources"
  cp src/packaging/linux/journey-workbench.desktop "$out/resources/"
  sed "s/JAR_MTIME/$jar_mtime/" src/packaging/linux/postinst >"$out/resources/postinst"
  jpackage --type deb --app-image "$deb_image" --name "$name" --app-version "$app_version" \
    --vendor "Journey Workbench" --description "A scenario workbench for offender-journey business cases" \
    --file-associations src/packaging/model-file.properties \
    --linux-shortcut --linux-menu-group Office --linux-app-category science \
    --resource-dir "$out/resources" \
    --dest "$out"
  ls -l "$out"/*.deb
else
  echo "package.sh: no .deb (needs Linux with fakeroot and dpkg-deb)" >&2
fi
