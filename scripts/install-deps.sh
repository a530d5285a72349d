#!/bin/bash
# Installs the Debian 12 packages Kabinet needs to build, run and test, when any is missing.
# Safe to run again: it does nothing when everything is present.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # Qt 6.4 and the libraries Kabinet links (Debian forgets that HttpServer needs WebSockets and Charts needs OpenGL)
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  libqt6svg6 libsqlcipher-dev qtkeychain-qt6-dev libqrencode-dev libssl-dev
  # the portal's password hashes (Argon2id)
  libargon2-dev
  # tests: the sqlcipher shell, a real Secret Service on a private D-Bus, the system SQLite that
  # must never be mistaken for SQLCipher, and fonts for offscreen rendering
  sqlcipher gnome-keyring dbus dbus-daemon libsqlite3-0 fonts-dejavu-core
  # tests: a virtual X display for the system tray's test (tst_traynotifier: offscreen Qt has no
  # tray); xvfb-run needs xauth
  xvfb xauth
  # tests: zbarimg reads the printed payment QR codes back (tst_qrcodeimage, the receipts);
  # pdftoppm and pdftotext of poppler-utils render the receipts' PDFs and read their text
  zbar-tools poppler-utils
  # the fuzz test (tests/fuzz): clang, libFuzzer and the ASan/UBSan runtimes (libclang-rt-14-dev
  # ships libclang_rt.fuzzer-x86_64.a and is merely recommended by clang-14's dependencies, so
  # --no-install-recommends would skip it), and llvm-symbolizer for readable sanitizer reports
  clang-14 libclang-rt-14-dev llvm-14
  # packages and their tests (tests/packaging): dpkg-shlibdeps derives the Debian dependencies,
  # the validators check the desktop entry and the AppStream metainfo; CPack's DEB generator needs
  # file(1) to find the binaries to give to dpkg-shlibdeps
  dpkg-dev file desktop-file-utils appstream
  # bench/run: curl is the download the sync is compared with; ccache speeds up its release build
  curl ccache
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Run this command as root (or install them with: sudo apt-get install ${missing[*]})." >&2
  exit 1
fi

echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
