#!/usr/bin/env bash
# make-legacy.sh - regenerate corpus/legacy/: report 000 as offices typed it before Unicode, in
# TCVN3 (.VnTime, with the toned capitals in .VnTimeH) and in VNI (VNI-Times), as DOCX, DOC and RTF.
#
#   docx/000_*.docx --vn.baocao.read.LegacyRenditions--> legacy/000_*.{tcvn3,vni}.docx
#   legacy/*.docx   --LibreOffice (soffice --headless)--> legacy/*.doc, legacy/*.rtf
#
# Needs the JDK >= 21 and Maven of the build, and soffice (Debian package libreoffice-writer-nogui).
# The tests read the committed files; they also make VNI/TCVN3 TXT and DOCX renditions themselves.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
command -v soffice >/dev/null 2>&1 || { echo "make-legacy.sh: cần soffice (sudo apt-get install libreoffice-writer-nogui)" >&2; exit 1; }
cd "$ROOT"
. scripts/jdk.sh
baocao_find_jdk
mvn -q -B -ntp -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
OUT="$HERE/legacy"
mkdir -p "$OUT"
rm -f "$OUT"/*.docx "$OUT"/*.doc "$OUT"/*.rtf
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    vn.baocao.read.LegacyRenditions "$OUT" "$HERE"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/make-legacy.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
lo() {
  soffice -env:UserInstallation="file://$TMP/lo-profile" --headless --norestore --nologo --nodefault \
      --nolockcheck --convert-to "$1" --outdir "$OUT" "$OUT"/*.docx >"$TMP/soffice.log" 2>&1 \
      || { cat "$TMP/soffice.log" >&2; exit 1; }
}
lo "doc:MS Word 97"
lo "rtf:Rich Text Format"
ls -l "$OUT"
