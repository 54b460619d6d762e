#!/usr/bin/env bash
# Installs Debian's/Ubuntu's Chromium where playwright.config.json expects it and it is missing, with Chromium's
# headless shell beside it where the distribution has one (headless runs and the tests take about half the
# processor time with it). Playwright's own browser download needs the internet; the distribution packages do not.
set -euo pipefail
browser="${HAKEMUS_Browser__ExecutablePath:-/usr/bin/chromium}"
shell="${HAKEMUS_Browser__HeadlessExecutablePath:-/usr/bin/chromium-headless-shell}"
if [ -x "$browser" ] && [ -x "$shell" ]; then
  exit 0
fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
if [ ! -x "$browser" ]; then
  echo "Chromium not found at $browser: installing the distribution package 'chromium'..." >&2
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq chromium chromium-l10n fonts-dejavu-core >/dev/null
  "$browser" --version >&2
fi
# The shell is optional, so it never asks for a password (sudo -n): package lists are fetched for it only where there
# are none yet (a fresh machine), and it is installed only where the lists name it.
if [ -x "$shell" ] || ! command -v apt-get >/dev/null 2>&1; then
  exit 0
fi
optional_sudo=""
if [ -n "$sudo_cmd" ]; then
  optional_sudo="sudo -n"
fi
if ! ls /var/lib/apt/lists/*Packages* >/dev/null 2>&1; then
  $optional_sudo apt-get update -qq >/dev/null 2>&1 || true
fi
if apt-cache show chromium-headless-shell >/dev/null 2>&1; then
  echo "Chromium's headless shell not found at $shell: installing 'chromium-headless-shell'..." >&2
  $optional_sudo apt-get install -y -qq chromium-headless-shell >/dev/null 2>&1 || echo "Could not install chromium-headless-shell; headless runs use $browser." >&2
fi
