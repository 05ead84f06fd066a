#!/usr/bin/env bash
# One-time set-up of what baocao needs beside Java and Maven: Tesseract OCR with its Vietnamese model
# (Debian packages tesseract-ocr and tesseract-ocr-vie), used to read scanned PDFs and images.
# Installs them with apt-get when they are missing (as root, or through sudo); otherwise says what to run.
set -euo pipefail
if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie; then
  exit 0
fi
packages="tesseract-ocr tesseract-ocr-vie"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Cần cài Tesseract OCR và mô hình tiếng Việt (gói $packages) để đọc bản scan." >&2
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo"
else
  echo "Cần cài Tesseract OCR để đọc bản scan: sudo apt-get install $packages" >&2
  exit 0
fi
echo "Đang cài Tesseract OCR và mô hình tiếng Việt ($packages)..." >&2
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $packages >/dev/null \
  || { $sudo apt-get update -q >/dev/null && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $packages >/dev/null; }
