#!/usr/bin/env bash
# Installs the Debian 12 packages hirewire needs. Idempotent; needs root (or sudo).
set -euo pipefail
PKGS=(
  build-essential cmake ninja-build pkg-config git python3 ca-certificates
  libcurl4-openssl-dev libssl-dev zlib1g-dev libbrotli-dev libzstd-dev
  libgumbo-dev libicu-dev libre2-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev libpq-dev postgresql
  nlohmann-json3-dev libcli11-dev libtomlplusplus-dev
  libcpp-httplib-dev libxxhash-dev libpsl-dev publicsuffix
  clang-format ccache
  nghttp2-server openssl
  wamerican-large
  fasttext liblinear-dev
  liblink-grammar-dev link-grammar-dictionaries-en
  chromium fonts-noto-cjk
)
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all packages present"
fi
