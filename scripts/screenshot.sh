#!/usr/bin/env bash
# Makes the README's pictures: runs the workbench on the bundled Barnet model in a real window on a
# virtual display and saves assets/screenshot.png, then assets/workshop.png (workshop mode at 1280×720).
# Rerun it whenever the window changes.
#
# usage: scripts/screenshot.sh [OUT.png]     (Linux; installs xvfb, imagemagick and x11-utils with apt-get if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-assets/screenshot.png}

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v import >/dev/null || need+=(imagemagick)
command -v xwininfo >/dev/null || need+=(x11-utils)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
[ -f target/journey-workbench.jar ] || mvn -B -q -DskipTests package

display=:$(( 90 + RANDOM % 30 ))
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
home=$(mktemp -d)   # a clean home: no recent files or recovery copies from your own sessions
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
sleep 1
DISPLAY=$display java -Duser.home="$home" -jar target/journey-workbench.jar >/dev/null 2>&1 & app=$!
for _ in $(seq 1 60); do
  sleep 1
  DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q 'Journey Workbench' && break
done
sleep 3   # let the first layout and fit settle
DISPLAY=$display import -window root "$out"
echo "saved $out"

# The workshop-mode picture (assets/workshop.png), on a projector-sized screen: 1280×720, started with --present.
if [ -z "${1:-}" ]; then
  kill $app $xvfb 2>/dev/null || true
  wait $app $xvfb 2>/dev/null || true
  display=:$(( 90 + RANDOM % 30 ))
  Xvfb "$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  sleep 1
  DISPLAY=$display java -Duser.home="$home" -jar target/journey-workbench.jar --present >/dev/null 2>&1 & app=$!
  for _ in $(seq 1 60); do
    sleep 1
    DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q 'Journey Workbench' && break
  done
  sleep 8   # full screen and the first layout
  DISPLAY=$display import -window root assets/workshop.png
  echo "saved assets/workshop.png"
fi
