#!/usr/bin/env bash
# Screenshots (1366×768 PNG) of every page of `baocao serve`, taken by the browser tests in headless
# Chromium over real corpus reports: scripts/screenshots.sh [DIR]   (default: target/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-target/screenshots}")"
command -v chromedriver >/dev/null 2>&1 || bash scripts/setup-debian.sh || true
. scripts/jdk.sh
baocao_find_jdk
mvn -B -q -ntp test -Dtest=WebBrowserTest -Dsurefire.failIfNoSpecifiedTests=false -Dbaocao.screenshots="$out"
ls "$out"/*.png
