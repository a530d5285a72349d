#!/bin/sh
# The client must reach SQLite only through SQLCipher: libsqlite3 (which Qt's QSQLITE plugin
# links) in its dependency tree would let plaintext SQLite win symbol resolution.
set -eu
binary=$1
deps=$(ldd "$binary")
echo "$deps"
echo "$deps" | grep -q 'libsqlcipher\.so' || { echo "FAIL: $binary does not link libsqlcipher"; exit 1; }
if echo "$deps" | grep -Eq 'libsqlite3\.so|libqsqlite'; then
  echo "FAIL: $binary links the system SQLite"
  exit 1
fi
echo "PASS: $binary links SQLCipher and not the system SQLite"
