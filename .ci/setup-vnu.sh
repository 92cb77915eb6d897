#!/usr/bin/env bash
# The Nu HTML checker (vnu.jar, the W3C validator) for tests/render/test_html_conformance.py,
# from the npm package vnu-jar, into .ci/.cache/vnu (ignored by git). Needs Java 17 to run
# (openjdk-17-jre-headless, from .ci/setup-system.sh); the jar itself works without network.
#
# --ignore-scripts: the package's postinstall script would look for Java and, when it finds none,
# download a JDK from outside the npm registry; CI has Debian's Java instead.
# Idempotent: does nothing when the pinned version is already there.
set -euo pipefail
cd "$(dirname "$0")"

version=26.9.27
prefix=.cache/vnu
jar="$prefix/node_modules/vnu-jar/build/dist/vnu.jar"
installed=$(node -p "require('./$prefix/node_modules/vnu-jar/package.json').version" 2>/dev/null || true)

if [[ "$installed" != "$version" || ! -f "$jar" ]]; then
  echo "setup-vnu: installeer vnu-jar $version"
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --ignore-scripts --no-audit --no-fund --no-save --silent \
    "vnu-jar@$version"
fi
java -jar "$jar" --version >/dev/null
echo "setup-vnu: $(pwd)/$jar"
