#!/bin/sh
# Starts Journey Workbench with the Java inside this package: the window, or a command
# (journey-workbench compute MODEL.json). Replaces jpackage's own Linux launcher, which asks rpm and dpkg
# which package it belongs to on every start (0.3-0.5 s); the Java options are the same.
self=$0
if command -v readlink >/dev/null 2>&1; then self=$(readlink -f -- "$0"); fi
case $self in */*) ;; *) self=$(command -v -- "$self") ;; esac
root=$(cd -- "${self%/*}/.." && pwd -P) || exit 1
app=$root/lib/app
# The class-data archive matches only the path it was recorded at; Java is told to stay quiet otherwise.
archive=
[ -f "$app/journey-workbench.jsa" ] && archive="-XX:SharedArchiveFile=$app/journey-workbench.jsa"
exec "$root/lib/runtime/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 \
  -Djpackage.app-version=@APP_VERSION@ $archive -Xlog:cds=off,cds+dynamic=off \
  -cp "$app/journey-workbench.jar" org.journeyworkbench.Main "$@"
