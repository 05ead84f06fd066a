#!/usr/bin/env bash
# Finds a JDK >= 21 and exports JAVA_HOME and PATH for it. Source this file.
# Order: $BAOCAO_JAVA_HOME, $JAVA_HOME, `java` on PATH, then the usual install folders.
# The machines' default `java` may be 17; a newer JDK is usually installed beside it.

baocao_java_major() {
  # prints the major version of the java binary given as $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
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
    major=$(baocao_java_major "$home/bin/java")
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
}
