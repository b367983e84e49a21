#!/usr/bin/env bash
# Builds the native executable of Sigap and runs the integration tests against it (the
# @QuarkusIntegrationTest classes, *IT.java, the replicas and crash tests too): what
# `mvn -B verify` does for the jar, for the executable. The unit tests are left to `mvn verify`.
#
#   scripts/native-verify.sh GRAALVM_HOME [extra Maven arguments...]
#
# GRAALVM_HOME is a GraalVM or Mandrel for JDK 25 (native-image in its bin/). On a machine with
# Docker or Podman and no GraalVM, let Quarkus build in its Mandrel builder container instead:
#
#   scripts/native-verify.sh --container [extra Maven arguments...]
#
# (that is -Dquarkus.native.container-build=true). The browser tests (WebAppIT) need Chromium, as
# for scripts/test.sh. About 7 minutes of native-image on 2 cores and some 7 GB of memory, then
# the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

HOME_ARG=${1:?usage: scripts/native-verify.sh GRAALVM_HOME|--container [maven args...]}
shift
if [ "$HOME_ARG" = --container ]; then
  NATIVE=(-Dquarkus.native.container-build=true)
else
  [ -x "$HOME_ARG/bin/native-image" ] || { echo "no native-image in $HOME_ARG/bin" >&2; exit 1; }
  "$HOME_ARG/bin/native-image" --version
  NATIVE=(-Dquarkus.native.graalvm-home="$HOME_ARG")
fi

CHROMIUM=${SIGAP_CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || {
  echo "The browser tests need Chromium at $CHROMIUM (Debian: apt-get install -y chromium, or set SIGAP_CHROMIUM)" >&2
  exit 1
}

# -Dtest=none: no unit tests (surefire), every integration test (failsafe)
exec mvn -B -Pnative verify "${NATIVE[@]}" -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "$@"
