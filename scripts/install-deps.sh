#!/usr/bin/env bash
# Installs, idempotently, every Debian package Octroi needs to build, test and run.
# Only missing packages are installed; nothing is done when all are present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache git
  clang clang-format clang-tidy libclang-rt-14-dev
  libsqlite3-dev sqlite3 libfmt-dev libspdlog-dev libcli11-dev
  libyaml-cpp-dev nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev
  libicu-dev libsodium-dev libssl-dev libpqxx-dev postgresql
  libcpp-httplib-dev libzip-dev libpugixml-dev libxlsxwriter-dev zip unzip
  nodejs chromium wrk nginx-light
  libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

# npm ships inside some Node.js packages (NodeSource's); Debian's own nodejs needs the npm package.
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "octroi: installation des paquets manquants : ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
