#!/usr/bin/env bash
# Regenerates the screenshots of Dyad's analyst workspace (web UI, HTML report, CLI, README) in
# headless Chromium at 1400 and 400 px, with OUT/INDEX.md saying which part each one shows.
# usage, from the project root:  scripts/screenshots.sh [INPUTS] [OUT]
#   INPUTS  articles to analyse (default: examples); OUT  where the PNGs go (default: target/screenshots)
# Needs Chromium and its driver (/usr/bin/chromium, /usr/bin/chromedriver, or DYAD_CHROMIUM and
# DYAD_CHROMEDRIVER).
set -euo pipefail
inputs=${1:-examples}
out=${2:-target/screenshots}
[ -f pom.xml ] && [ -x ./dyad ] || { echo "run from the project root" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q -DskipTests package test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
./dyad analyze "$inputs" --db "$work/db" --report "$work/report.html"
mkdir -p "$out"
java -cp "target/classes:target/test-classes:$(cat "$work/cp.txt")" org.dyad.tools.Screenshots \
  --db "$work/db" --report "$work/report.html" --out "$out" --project .
