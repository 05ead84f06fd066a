#!/usr/bin/env bash
# Runs the whole test suite: selects a JDK >= 21, then `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
baocao_find_jdk
echo "JDK: $JAVA_HOME"
exec mvn -B -ntp verify "$@"
