#!/usr/bin/env bash
# make-renditions.sh - regenerate the DOCX/PDF/DOC (+ one ODT and one RTF)
# renditions of the corpus seeds (corpus/*.txt, the originals).
#
#   corpus/*.txt --txt2pandoc.py--> pandoc JSON AST --pandoc--> docx/*.docx
#   docx/*.docx  --LibreOffice (soffice --headless)--> pdf/*.pdf, doc/*.doc
#   docx/000_442b549b8d9bf7bd.docx --LibreOffice--> odt/*.odt, rtf/*.rtf
#
# Needs: python3 (stdlib only), pandoc (Debian package "pandoc"; written
# against bookworm's 2.17) and soffice (Debian package
# "libreoffice-writer-nogui").  Runs from any working directory; re-running
# it rebuilds every rendition from scratch.  See README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HELPER="$HERE/txt2pandoc.py"
EXTRA_SAMPLE="000_442b549b8d9bf7bd"   # the seed that also gets .odt and .rtf

die() { echo "make-renditions.sh: error: $*" >&2; exit 1; }

missing=()
command -v python3 >/dev/null 2>&1 || missing+=("python3 (Debian package: python3)")
command -v pandoc  >/dev/null 2>&1 || missing+=("pandoc (Debian package: pandoc)")
command -v soffice >/dev/null 2>&1 || missing+=("soffice (Debian package: libreoffice-writer-nogui)")
if ((${#missing[@]})); then
    printf 'make-renditions.sh: error: required program not found: %s\n' "${missing[@]}" >&2
    echo "Install with: sudo apt-get install pandoc libreoffice-writer-nogui python3" >&2
    exit 1
fi
[[ -f "$HELPER" ]] || die "helper not found: $HELPER"

shopt -s nullglob
seeds=("$HERE"/*.txt)
((${#seeds[@]})) || die "no seed files (*.txt) in $HERE"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/make-renditions.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
# pandoc stamps docProps/core.xml with this date, so re-runs give equal files
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1735689600}"   # 2025-01-01

echo "pandoc:      $(pandoc --version | head -n1)"
echo "LibreOffice: $(soffice --headless --version 2>/dev/null | head -n1 || true)"

# 1. reference docx: pandoc's default one, adjusted (Times New Roman 13 pt, A4)
pandoc -o "$TMP/default-reference.docx" --print-default-data-file reference.docx
python3 "$HELPER" reference "$TMP/default-reference.docx" "$TMP/custom-reference.docx"

# 2. clean old renditions, then TXT -> JSON AST -> DOCX
for d in docx pdf doc odt rtf; do
    mkdir -p "$HERE/$d"
    rm -f "$HERE/$d"/*."$d"
done

docx=()
for seed in "${seeds[@]}"; do
    name="$(basename "$seed" .txt)"
    python3 "$HELPER" ast "$seed" "$TMP/$name.json" || die "could not convert $seed"
    pandoc --from json --to docx --reference-doc "$TMP/custom-reference.docx" \
        --output "$HERE/docx/$name.docx" "$TMP/$name.json"
    docx+=("$HERE/docx/$name.docx")
    echo "docx: docx/$name.docx"
done

# 3. LibreOffice conversions (private profile: no clash with a running office)
lo() {
    local target="$1" outdir="$2"; shift 2
    soffice -env:UserInstallation="file://$TMP/lo-profile" --headless --norestore \
        --nologo --nodefault --nolockcheck --convert-to "$target" --outdir "$outdir" "$@" \
        >"$TMP/soffice.log" 2>&1 || { cat "$TMP/soffice.log" >&2; die "soffice --convert-to $target failed"; }
}
lo pdf                "$HERE/pdf" "${docx[@]}"
lo "doc:MS Word 97"   "$HERE/doc" "${docx[@]}"
lo odt                "$HERE/odt" "$HERE/docx/$EXTRA_SAMPLE.docx"
lo "rtf:Rich Text Format" "$HERE/rtf" "$HERE/docx/$EXTRA_SAMPLE.docx"

# 4. soffice can exit 0 without writing anything: check every output
fail=0
for seed in "${seeds[@]}"; do
    name="$(basename "$seed" .txt)"
    for out in "docx/$name.docx" "pdf/$name.pdf" "doc/$name.doc"; do
        [[ -s "$HERE/$out" ]] || { echo "missing or empty: $out" >&2; fail=1; }
    done
done
for out in "odt/$EXTRA_SAMPLE.odt" "rtf/$EXTRA_SAMPLE.rtf"; do
    [[ -s "$HERE/$out" ]] || { echo "missing or empty: $out" >&2; fail=1; }
done
((fail == 0)) || die "some renditions were not produced (see above)"

echo "done:"
(cd "$HERE" && ls -l docx/*.docx pdf/*.pdf doc/*.doc odt/*.odt rtf/*.rtf)
