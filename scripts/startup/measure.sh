#!/usr/bin/env bash
# Start-up, measured as whole processes and paired in one run (docs/performance.md, "Start-up"):
# each round runs every variant once, in turn, so that a busy moment on a shared machine hits them alike.
#   first frame: from the shell starting the program to its window's first painted frame (the program's
#     own probe, -Djourneyworkbench.firstFrame=exit; FirstFrameProbe for a build without one);
#   compute: `compute sample-models/barnet-2012.json` from start to exit;
#   export: the first and the second export in a fresh window, timed inside the program.
# Prints every figure and the medians. Linux, with Xvfb (a virtual display of its own).
#
# usage: scripts/startup/measure.sh BEFORE.jar AFTER.jar APP_IMAGE_DIR [ROUNDS=7]
#   BEFORE.jar: a build to compare with (e.g. the previous commit's target/journey-workbench.jar)
set -euo pipefail
before=$(realpath "$1"); after=$(realpath "$2"); image=$(realpath "$3"); rounds=${4:-7}
cd "$(dirname "$0")/../.."
model=$(realpath sample-models/barnet-2012.json)
work=$(mktemp -d)
mkdir -p "$work/probe" "$work/home"
javac -d "$work/probe" -cp "$before" scripts/startup/FirstFrameProbe.java
for n in $(seq 90 130); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || break; done
Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb; rm -rf "$work"' EXIT
export DISPLAY=:$n
sleep 1
launcher=$image/bin/journey-workbench
home=(-Duser.home="$work/home")   # no recent files or recovery prompts from anyone's sessions

first_frame() {   # prints the milliseconds the program reports
  "$@" 2>&1 | sed -n 's/^first-frame //p'
}
now() { date +%s%3N; }
wall() { local t0; t0=$(now); "$@" >/dev/null 2>&1; echo $(( $(now) - t0 )); }

declare -A all
record() { all[$1]+="$2 "; printf '%-28s %6s ms\n' "$1" "$2"; }
for r in $(seq 1 "$rounds"); do
  echo "round $r"
  record "frame: jar, before" "$(first_frame java "${home[@]}" -Djourneyworkbench.launchedAt="$(now)" \
    -cp "$work/probe:$before" FirstFrameProbe)"
  record "frame: jar, after" "$(first_frame java "${home[@]}" -Djourneyworkbench.firstFrame=exit \
    -Djourneyworkbench.launchedAt="$(now)" -jar "$after")"
  record "frame: app image" "$(JAVA_TOOL_OPTIONS="${home[*]} -Djourneyworkbench.firstFrame=exit \
-Djourneyworkbench.launchedAt=$(now)" first_frame "$launcher")"
  record "frame: app image, no CDS" "$(JAVA_TOOL_OPTIONS="-Xshare:off ${home[*]} -Djourneyworkbench.firstFrame=exit \
-Djourneyworkbench.launchedAt=$(now)" first_frame "$launcher")"
  record "compute: jar, before" "$(wall java -jar "$before" compute "$model")"
  record "compute: jar, after" "$(wall java -jar "$after" compute "$model")"
  record "compute: app image" "$(wall "$launcher" compute "$model")"
  record "compute: app image, no CDS" "$(JAVA_TOOL_OPTIONS=-Xshare:off wall "$launcher" compute "$model")"
done
# The first and second export in a fresh window: the build before warms nothing (timed 3 s after its first
# frame); the app image waits for its background warm-up, which starts after the first frame.
for r in $(seq 1 "$rounds"); do
  out=$(java "${home[@]}" -Dprobe.export=true -cp "$work/probe:$before" FirstFrameProbe 2>&1)
  record "export 1st: jar, before" "$(sed -n 's/^export-1 //p' <<<"$out")"
  record "export 2nd: jar, before" "$(sed -n 's/^export-2 //p' <<<"$out")"
  out=$(JAVA_TOOL_OPTIONS="${home[*]} -Djourneyworkbench.firstFrame=export" "$launcher" 2>&1)
  record "export 1st: app image" "$(sed -n 's/^export-1 //p' <<<"$out")"
  record "export 2nd: app image" "$(sed -n 's/^export-2 //p' <<<"$out")"
  record "warm-up done: app image" "$(sed -n 's/^warm-up-done //p' <<<"$out")"
done
echo
echo "medians of $rounds rounds ($(nproc) cores, load average now $(cut -d' ' -f1-3 /proc/loadavg)):"
for k in "frame: jar, before" "frame: jar, after" "frame: app image" "frame: app image, no CDS" \
         "compute: jar, before" "compute: jar, after" "compute: app image" "compute: app image, no CDS" \
         "export 1st: jar, before" "export 2nd: jar, before" "export 1st: app image" "export 2nd: app image" \
         "warm-up done: app image"; do
  # shellcheck disable=SC2086
  printf '%-28s %6s ms   (%s)\n' "$k" "$(printf '%s\n' ${all[$k]} | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "${all[$k]% }"
done
