#!/usr/bin/env bash
# make-hostile.sh - regenerate corpus/hostile/: crafted files that attack or confuse a reader
# (zip bomb, XML entity expansion, nested and huge tables, password-protected DOCX/PDF, a PDF page
# tree that contains itself, wrong extensions, a truncated DOCX, an empty DOC).
#
#   corpus/make-hostile.sh            # rewrite corpus/hostile/ (the files kept in git)
#   corpus/make-hostile.sh --runtime  # also add the files git cannot hold: a 200 MB (sparse) PDF,
#                                     # symbolic-link loops, a named pipe, a non-UTF-8 file name and a
#                                     # file without read permission (do not commit those)
#
# The files are made by the Java class vn.baocao.read.HostileCorpus (test sources), so this needs the
# same JDK >= 21 and Maven as the build. The tests make the --runtime files themselves, in a temporary
# copy of the folder.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
cd "$ROOT"
. scripts/jdk.sh
baocao_find_jdk
mvn -q -B -ntp -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
rm -rf "$HERE/hostile.tmp"
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    vn.baocao.read.HostileCorpus "$HERE/hostile.tmp" "$HERE" "$@"
mkdir -p "$HERE/hostile"
find "$HERE/hostile" -maxdepth 1 -type f ! -name README.md -delete
cp -a "$HERE/hostile.tmp/." "$HERE/hostile/"
rm -rf "$HERE/hostile.tmp"
ls -la "$HERE/hostile"
