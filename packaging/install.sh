#!/usr/bin/env bash
# Installs a factlint release binary into DIR (default ~/.local/bin), checking its SHA-256.
#   FACTLINT_VERSION=0.2.0 packaging/install.sh [DIR]
# Used by the GitHub Action (action.yml); works on Linux (x86_64, aarch64) and macOS.
set -euo pipefail
version=${FACTLINT_VERSION:-0.2.0}
dir=${1:-"$HOME/.local/bin"}
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) asset=factlint-linux-x86_64 ;;
  Linux-aarch64|Linux-arm64) asset=factlint-linux-aarch64 ;;
  Darwin-*) asset=factlint-macos-universal ;;
  *) echo "factlint: no release binary for $(uname -s) $(uname -m); build from source with 'swift build -c release'" >&2; exit 2 ;;
esac
base="https://github.com/factlint/factlint/releases/download/v$version"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
curl -fsSL -o "$tmp/$asset.tar.gz" "$base/$asset.tar.gz"
curl -fsSL -o "$tmp/$asset.tar.gz.sha256" "$base/$asset.tar.gz.sha256"
(cd "$tmp" && if command -v sha256sum >/dev/null; then sha256sum -c "$asset.tar.gz.sha256"; else shasum -a 256 -c "$asset.tar.gz.sha256"; fi)
mkdir -p "$dir"
tar -xzf "$tmp/$asset.tar.gz" -C "$tmp"
install -m 0755 "$tmp/factlint" "$dir/factlint"
"$dir/factlint" --version
