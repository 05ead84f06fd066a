#!/usr/bin/env bash
# Runs the whole test suite: selects a JDK >= 21, then `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
# LibreOffice and poppler for the draft rendering tests, Tesseract for the OCR tests, Chromium for the web
# app's browser tests, PostgreSQL for the scale-out tests: installed on CI, or when missing (quiet, idempotent).
# The scale-out tests (JUnit tag "scaleout") start their own PostgreSQL server and 2-node SolrCloud cluster;
# the fast suite without them: scripts/test.sh -DexcludedGroups=scaleout
if [ "${CI:-}" = "true" ] || ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1 \
    || ! command -v tesseract >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 \
    || ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    bash scripts/setup-debian.sh || true
fi
. scripts/jdk.sh
baocao_find_jdk
echo "JDK: $JAVA_HOME"
exec mvn -B -ntp verify "$@"
