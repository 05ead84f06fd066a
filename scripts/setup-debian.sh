#!/usr/bin/env bash
# Installs the Debian packages the tests use beyond the JDK and Maven, when they are missing:
# LibreOffice Writer (DOCX → PDF check of the drafts), poppler-utils (pdftoppm), Liberation fonts
# (metric-compatible Times New Roman), Tesseract OCR with its Vietnamese model (scanned reports),
# Chromium and its driver (browser tests of `baocao serve`), PostgreSQL (the scale-out tests start a server of
# their own from its binaries; installing it starts nothing here).
# Idempotent and quiet; does nothing when everything is there.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ -e /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] \
    || [ -e /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || missing+=(fonts-liberation2)
{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie; } \
    || missing+=(tesseract-ocr tesseract-ocr-vie)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-debian.sh: cần cài ${missing[*]} (không có apt-get); các kiểm thử chuyển PDF, trình duyệt sẽ được bỏ qua, kiểm thử OCR sẽ lỗi." >&2
    exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
echo "setup-debian.sh: cài ${missing[*]}" >&2
$SUDO apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
    || echo "setup-debian.sh: không cài được ${missing[*]}; các kiểm thử chuyển PDF, trình duyệt sẽ được bỏ qua, kiểm thử OCR sẽ lỗi." >&2
