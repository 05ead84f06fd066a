#!/usr/bin/env bash
# Finds a JDK >= 21 and exports JAVA_HOME and PATH for it (BAOCAO_JAVA_MAJOR: its major version). Source this file.
# Order: $BAOCAO_JAVA_HOME, $JAVA_HOME, `java` on PATH, then the usual install folders.
# The machines' default `java` may be 17; a newer JDK is usually installed beside it.

baocao_java_major() {
  # sets BAOCAO_MAJOR to the major version of the java binary given as $1, or to nothing. Reads the JDK's
  # `release` file without a subshell (no JVM start, no fork: the launcher runs this for every candidate on
  # every command); asks the JVM only when there is no such file.
  local home release version
  BAOCAO_MAJOR=""
  home=${1%/bin/java}
  release="$home/release"
  if [ -f "$release" ]; then
    while IFS= read -r version; do
      case "$version" in
        JAVA_VERSION=*)
          version=${version#JAVA_VERSION=}; version=${version//\"/}
          case "$version" in 1.*) version=${version#1.} ;; esac
          version=${version%%[!0-9]*}
          if [ -n "$version" ]; then
            BAOCAO_MAJOR=$version
            return
          fi ;;
      esac
    done <"$release"
  fi
  BAOCAO_MAJOR=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)
}

baocao_find_jdk() {
  local min=21 cand home major
  local -a candidates=()
  [ -n "${BAOCAO_JAVA_HOME:-}" ] && candidates+=("$BAOCAO_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    candidates+=("$home")
  fi
  for cand in /usr/lib/jvm/* /opt/java/* /opt/*jdk* /usr/local/*jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$cand" ] && candidates+=("$cand")
  done
  local best="" best_major=0
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    baocao_java_major "$home/bin/java"
    major=$BAOCAO_MAJOR
    [ -n "$major" ] || continue
    if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best="$home"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "Lỗi: không tìm thấy JDK phiên bản $min trở lên (máy đang có: $(java -version 2>&1 | head -n 1))." >&2
    echo "Hãy cài một JDK $min+, ví dụ: sudo apt-get install openjdk-21-jdk (hoặc Temurin 21+ từ adoptium.net)," >&2
    echo "rồi chạy lại, hoặc đặt biến BAOCAO_JAVA_HOME trỏ tới thư mục JDK đó." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$best/bin:$PATH"
  BAOCAO_JAVA_MAJOR="$best_major"
}
