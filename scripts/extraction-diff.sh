#!/usr/bin/env bash
# Byte-identical extraction check: runs `./baocao extract FILE --json` on every report of corpus/ (all formats,
# the hostile and legacy-encoded files too) and on ../shared/real/*.{docx,pdf}, with the working tree and with a
# baseline built from a git revision, and prints the files whose output differs (standard output, standard error
# or exit code). Shows that a refactoring keeps the extraction byte-identical.
#
# Usage: scripts/extraction-diff.sh [REV]     (REV: any git revision; default HEAD, i.e. the uncommitted changes)
# The baseline is built in a temporary clone of REV (the working tree is not touched) and its outputs are kept in
# target/extraction-diff/baseline-<commit>/, so a second comparison with the same revision only runs the working
# tree's side. Exit code: 0 all identical, 1 some file differs, 2 usage or build error.
# Environment: BAOCAO_DIFF_FILES="a.docx b.pdf" compares only these files (paths as given).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
. "$root/scripts/jdk.sh"
baocao_find_jdk

rev=${1:-HEAD}
if [ "$rev" = -h ] || [ "$rev" = --help ]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
commit=$(git -C "$root" rev-parse --verify --quiet "$rev^{commit}") || {
  echo "extraction-diff: unknown revision: $rev" >&2
  exit 2
}

# the reports: every readable format under corpus/ (not its gold, scripts or READMEs), then the real documents
files=()
if [ -n "${BAOCAO_DIFF_FILES:-}" ]; then
  read -r -a files <<<"$BAOCAO_DIFF_FILES"
else
  while IFS= read -r f; do files+=("$f"); done < <(
    find "$root/corpus" -path "$root/corpus/gold" -prune -o -type f -print \
      | grep -iE '\.(txt|docx|docm|doc|odt|rtf|pdf|png|jpe?g|tiff?)$' | LC_ALL=C sort
    shopt -s nullglob
    for f in "$root"/../shared/real/*.docx "$root"/../shared/real/*.pdf; do readlink -f "$f"; done | LC_ALL=C sort
  )
fi
[ "${#files[@]}" -gt 0 ] || { echo "extraction-diff: no files" >&2; exit 2; }

work="$root/target/extraction-diff"
mkdir -p "$work"

# one output name per input path: the path with / as __
key() { local p=${1#"$root"/}; p=${p#/}; printf '%s' "${p//\//__}"; }

# runs the launcher $1 on every file into folder $2 (FILE.out, FILE.err, FILE.rc); skips files already done there
run_all() {
  local launcher=$1 out=$2 f k rc
  mkdir -p "$out"
  # build the jar first, so no build message lands in a file's standard error
  BAOCAO_AOT=off "$launcher" --version >/dev/null
  for f in "${files[@]}"; do
    k=$(key "$f")
    [ -f "$out/$k.rc" ] && continue
    rc=0
    BAOCAO_AOT=off "$launcher" extract "$f" --json >"$out/$k.out" 2>"$out/$k.err" </dev/null || rc=$?
    echo "$rc" >"$out/$k.rc"
  done
}

baseline="$work/baseline-$commit"
need_baseline=0
for f in "${files[@]}"; do
  [ -f "$baseline/$(key "$f").rc" ] || { need_baseline=1; break; }
done
if [ "$need_baseline" = 1 ]; then
  clone=$(mktemp -d "${TMPDIR:-/tmp}/baocao-baseline.XXXXXX")
  trap 'rm -rf "$clone"' EXIT
  echo "Baseline: building $rev (${commit:0:10}) in $clone ..." >&2
  git clone --quiet --shared --no-checkout "$root" "$clone"
  git -C "$clone" checkout --quiet --detach "$commit"
  if ! (cd "$clone" && mvn -q -B -ntp -DskipTests package >"$work/baseline-build.log" 2>&1); then
    echo "extraction-diff: the baseline did not build; see $work/baseline-build.log" >&2
    exit 2
  fi
  echo "Baseline: extracting ${#files[@]} files ..." >&2
  run_all "$clone/baocao" "$baseline"
fi

current="$work/current"
rm -rf "$current"
echo "Working tree: extracting ${#files[@]} files ..." >&2
run_all "$root/baocao" "$current"

differ=0
for f in "${files[@]}"; do
  k=$(key "$f")
  what=()
  cmp -s "$baseline/$k.out" "$current/$k.out" || what+=(stdout)
  cmp -s "$baseline/$k.err" "$current/$k.err" || what+=(stderr)
  cmp -s "$baseline/$k.rc" "$current/$k.rc" || what+=("exit $(cat "$baseline/$k.rc") -> $(cat "$current/$k.rc")")
  if [ "${#what[@]}" -gt 0 ]; then
    differ=$((differ + 1))
    echo "DIFFERS ($(IFS=,; echo "${what[*]}")): $f"
    echo "    diff $baseline/$k.out $current/$k.out"
  fi
done
if [ "$differ" -gt 0 ]; then
  echo "$differ of ${#files[@]} files differ from $rev (${commit:0:10})."
  exit 1
fi
echo "All ${#files[@]} files byte-identical to $rev (${commit:0:10})."
