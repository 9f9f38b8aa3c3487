#!/usr/bin/env bash
# Installs what the hermetic in-editor tests need, from the npm registry and Debian only:
# code-server 4.100.3 (VS Code 1.100, the last line that runs on Node 20), playwright-core, and the
# Debian packages chromium (the browser), libkrb5-dev (to build code-server's kerberos module) and
# ripgrep (VS Code's search binary, which code-server would otherwise download).
# Idempotent: a second run only checks and takes a few seconds. Run as root (or with sudo for apt).
set -euo pipefail
cd "$(dirname "$0")"
HERE="$(pwd)"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
# Build native modules against the local Node headers: there is no network to fetch them.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node_version.h ]; then export npm_config_nodedir=/usr; fi
start=$(date +%s)
say() { echo "[setup $(( $(date +%s) - start ))s] $*"; }

# 1. Debian packages, only the missing ones (apt-get update once, and only when something is missing).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  say "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "Debian packages present (chromium, ripgrep, libkrb5-dev)"
fi

# 2. code-server + playwright-core. --ignore-scripts: code-server's postinstall would download
# things; the steps it does are done below by hand.
CS="$HERE/node_modules/code-server"
VS="$CS/lib/vscode"
if [ -f "$CS/package.json" ] && [ -d node_modules/playwright-core ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  say "npm packages present (code-server $(node -p "require('$CS/package.json').version"))"
else
  say "npm ci --ignore-scripts (code-server, playwright-core)"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  rm -f "$VS/.hermetic-ready"   # a fresh code-server needs the steps below again
fi

if [ -f "$VS/.hermetic-ready" ]; then
  say "code-server's VS Code is set up"
else
  # 3. VS Code's own dependencies (the postinstall's job), without scripts, then build only the native
  # modules the server needs, from source.
  say "npm install in code-server/lib/vscode"
  (cd "$VS" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
  say "npm rebuild native modules (node-pty, @parcel/watcher, @vscode/spdlog, @vscode/deviceid, kerberos, native-watchdog)"
  (cd "$VS" && npm_config_yes=true npm rebuild --loglevel=error node-pty @parcel/watcher @vscode/spdlog @vscode/deviceid kerberos native-watchdog)
  say "npm rebuild argon2"
  npm_config_yes=true npm rebuild --loglevel=error argon2

  # 4. The links the postinstall makes, with Debian's rg in place of the downloaded one.
  say "link rg and node_modules.asar"
  mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
  ln -sfn "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"
  ln -sfn node_modules "$VS/node_modules.asar"

  # 5. Check that every native module loads before calling it done.
  say "check native modules load"
  (cd "$VS" && node -e "for (const m of ['node-pty','@parcel/watcher','@vscode/spdlog','@vscode/deviceid','kerberos','native-watchdog']) require(m)")
  node -e "require('argon2')"
  touch "$VS/.hermetic-ready"
fi

say "done: run 'node test/hermetic/run-suite.mjs' and 'node test/hermetic/e2e.mjs' from the repo root"
