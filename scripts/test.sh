#!/usr/bin/env bash
# Every test of Sigap, on a fresh Debian machine with a JDK 17, Maven 3.8+ and Node 20: the unit,
# REST and stream tests against an embedded PostgreSQL, the OpenAPI lint, the integration tests
# against the packaged jar, and the web app's browser tests, which need Chromium.
#
#   scripts/test.sh            (extra arguments go to Maven, e.g. -o)
#
# Chromium is Debian's package (or the browser at $SIGAP_CHROMIUM): installed here when it is
# missing and this user may install packages (root, or passwordless sudo, with apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM=${SIGAP_CHROMIUM:-/usr/bin/chromium}

# may this user install Debian packages without a password? (sets SUDO)
can_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    return 1
  fi
}

if [ ! -x "$CHROMIUM" ]; then
  if can_install; then
    echo "Installing Debian's chromium for the browser tests"
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -qq </dev/null
    "${SUDO[@]}" apt-get install -y -qq chromium </dev/null >/dev/null
  fi
  if [ ! -x "$CHROMIUM" ]; then
    echo "The browser tests need Chromium at $CHROMIUM: install it (Debian: sudo apt-get install chromium, or set SIGAP_CHROMIUM), then run scripts/test.sh again" >&2
    exit 1
  fi
fi

exec mvn -B verify "$@"
