#!/usr/bin/env bash
# System packages for the browser and PDF tests, from Debian; run as root before installing tk4.
#
#   chromium                              headless browser for tests/browser (axe-core, screenshot);
#                                         driven over its own DevTools protocol, so no chromium-driver
#   libpango-1.0-0 libpangoft2-1.0-0      WeasyPrint's text layout (tk4[pdf]), loaded through cffi
#   libharfbuzz-subset0                   WeasyPrint's font subsetting
#   fonts-dejavu-core fonts-liberation    fonts for both: DejaVu as fallback with full Unicode,
#                                         Liberation with the metrics of Arial/Helvetica/Times
#   openjdk-17-jre-headless               Java for the Nu HTML checker (vnu.jar, .ci/setup-vnu.sh)
#
# Idempotent: packages already installed are skipped, and apt-get runs only when one is missing.
# Measured on a python machine without them: about 10 s (apt-get update 1 s, 121 MB download and
# unpack of chromium and its libraries); 0.05 s when everything is there.
set -euo pipefail

packages=(
  chromium
  libpango-1.0-0
  libpangoft2-1.0-0
  libharfbuzz-subset0
  fonts-dejavu-core
  fonts-liberation
  openjdk-17-jre-headless
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -qx 'install ok installed'; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup-system: alle systeempakketten aanwezig"
  exit 0
fi

echo "setup-system: installeer ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup-system: klaar"
