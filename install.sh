#!/usr/bin/env bash
# Installs kartrekker for everyone on this machine, as a terminal tool is installed: the
# program, its manual page kartrekker(1) and its shell completions (bash, zsh, fish).
#
#   swift build -c release && sudo ./install.sh            # into /usr/local
#   PREFIX=~/.local ./install.sh                            # into your home, no sudo
#   DESTDIR=/tmp/pkg PREFIX=/usr ./install.sh               # staged, for a package
#
# The manual page and the completions are made by the installed program itself, from the
# same command definitions as its --help. KARTREKKER_BINARY names another binary to install
# (default: .build/release/kartrekker, built first when it is missing).
set -euo pipefail
cd "$(dirname "$0")"

prefix="${PREFIX:-/usr/local}"
root="${DESTDIR:-}${prefix}"
binary="${KARTREKKER_BINARY:-.build/release/kartrekker}"
if [ ! -x "$binary" ]; then
  echo "building kartrekker (release)…"
  swift build -c release
fi

install -d "$root/bin" "$root/share/man/man1" "$root/share/bash-completion/completions" \
  "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d"
install -m 755 "$binary" "$root/bin/kartrekker"
"$root/bin/kartrekker" manual > "$root/share/man/man1/kartrekker.1"
"$root/bin/kartrekker" --generate-completion-script bash > "$root/share/bash-completion/completions/kartrekker"
"$root/bin/kartrekker" --generate-completion-script zsh > "$root/share/zsh/site-functions/_kartrekker"
"$root/bin/kartrekker" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/kartrekker.fish"
chmod 644 "$root/share/man/man1/kartrekker.1" "$root/share/bash-completion/completions/kartrekker" \
  "$root/share/zsh/site-functions/_kartrekker" "$root/share/fish/vendor_completions.d/kartrekker.fish"

echo "installed kartrekker $("$root/bin/kartrekker" --version) in $root"
echo "  program      $root/bin/kartrekker"
echo "  manual       $root/share/man/man1/kartrekker.1   (man kartrekker)"
echo "  completions  bash, zsh and fish under $root/share"
