#!/usr/bin/env bash
# Idempotent install of what the end-to-end tests need:
#   - Debian packages: build-essential python3 pkg-config libkrb5-dev ripgrep chromium
#   - code-server 4.100.3 (VS Code 1.100.3, runs on Node 20) from the npm registry, into a cache folder OUTSIDE the repo:
#       ${CORPUS_E2E_CACHE:-$HOME/.cache/corpus-annotator-e2e}/code-server
# Only the npm registry and Debian are reachable here, hence the workarounds (see comments below).
# playwright-core is NOT installed here: it is a devDependency of the repo (resolved with require.resolve).
set -euo pipefail

CS_VERSION=4.100.3
RG_PKG_VERSION=1.15.11            # @vscode/ripgrep version used by code-server 4.100.3
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
CACHE=${CORPUS_E2E_CACHE:-$HOME/.cache/corpus-annotator-e2e}
CS_DIR=$CACHE/code-server
CS_BIN=$CS_DIR/node_modules/.bin/code-server
MARKER=$CS_DIR/.installed-$CS_VERSION

log() { echo "[e2e install] $*"; }

# ---------- Debian packages (apt-get update only when something is missing) ----------
APT_PKGS=(build-essential python3 pkg-config libkrb5-dev ripgrep chromium)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt packages missing: ${missing[*]}"
  SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  log "apt packages present"
fi
[ -x /usr/bin/chromium ] || { log "ERROR: /usr/bin/chromium missing"; exit 1; }

# ---------- code-server ----------
mkdir -p "$CACHE"
# serialise concurrent installs (two runs at once must not both npm-install into the same folder)
exec 9>"$CACHE/install.lock"
flock -w 1800 9 || { log "ERROR: could not get install lock $CACHE/install.lock"; exit 1; }

# installed_ok [verbose]: the marker, the binary, the package version and the binary's own --version all agree
installed_ok() {
  local why=
  if [ ! -f "$MARKER" ]; then why="no marker $MARKER"
  elif [ ! -x "$CS_BIN" ]; then why="no executable $CS_BIN"
  elif [ "$(node -p "require('$CS_DIR/node_modules/code-server/package.json').version" 2>/dev/null)" != "$CS_VERSION" ]; then
    why="node_modules/code-server is not version $CS_VERSION"
  elif [ ! -d "$CS_DIR/node_modules/code-server/lib/vscode/node_modules" ]; then why="code-server postinstall did not run"
  else
    # the binary must answer with the expected version (isolated HOME: no writes to the real one)
    local out
    out=$(HOME="$CACHE/home" XDG_CONFIG_HOME="$CACHE/home/.config" XDG_DATA_HOME="$CACHE/home/.local/share" \
          TMPDIR="$CACHE/tmp" timeout 60 "$CS_BIN" --version 2>&1 </dev/null) || true
    # (a first run also logs "Wrote default config file ..." before the version line)
    grep -q "^$CS_VERSION " <<<"$out" || why="'code-server --version' answered: ${out:0:300}"
  fi
  [ -z "$why" ] && return 0
  [ -n "${1:-}" ] && log "check failed: $why"
  return 1
}

mkdir -p "$CACHE/home" "$CACHE/tmp"
if installed_ok verbose; then
  log "code-server $CS_VERSION already installed in $CS_DIR"
  exit 0
fi

log "installing code-server $CS_VERSION into $CS_DIR (several minutes: native modules are compiled)"
rm -f "$MARKER"
# @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable): seed its download cache (it looks in
# $TMPDIR/vscode-ripgrep-cache-<version>/) with Debian's rg, which is the same 13.0.0.
RG_CACHE=$CACHE/tmp/vscode-ripgrep-cache-$RG_PKG_VERSION
mkdir -p "$RG_CACHE" "$CACHE/tmp/rgstage"
if [ ! -s "$RG_CACHE/$RG_ASSET" ]; then
  cp /usr/bin/rg "$CACHE/tmp/rgstage/rg"
  tar czf "$RG_CACHE/$RG_ASSET" -C "$CACHE/tmp/rgstage" rg
fi
mkdir -p "$CS_DIR"
cd "$CS_DIR"
[ -f package.json ] || printf '{\n  "name": "corpus-annotator-e2e-code-server",\n  "private": true\n}\n' > package.json
# TMPDIR: where @vscode/ripgrep looks for its cache.
# npm_config_yes=true: node-pty's install runs `npx node-gyp`, which `yes=false` in ~/.npmrc would cancel.
# npm_config_unsafe_perm=true: code-server's postinstall.sh refuses to run as root without it.
# HOME/npm cache under $CACHE: nothing written into the real $HOME.
# node-gyp would download Node headers from nodejs.org (unreachable): point it at the Debian headers when present
# (the machine's ~/.npmrc also says nodedir=/usr; keep reading that user config though HOME is redirected).
USER_NPMRC=${NPM_CONFIG_USERCONFIG:-${npm_config_userconfig:-$HOME/.npmrc}}
NODEDIR_ENV=()
if [ -f /usr/include/node/node.h ] && [ -z "${npm_config_nodedir:-}" ]; then NODEDIR_ENV=(npm_config_nodedir=/usr); fi
env HOME="$CACHE/home" TMPDIR="$CACHE/tmp" "${NODEDIR_ENV[@]}" \
  npm_config_userconfig="$USER_NPMRC" \
  npm_config_cache="$CACHE/npm-cache" \
  npm_config_yes=true npm_config_unsafe_perm=true npm_config_fund=false npm_config_audit=false \
  npm install --no-save --no-package-lock "code-server@$CS_VERSION" --foreground-scripts
touch "$MARKER"
if installed_ok verbose; then
  log "code-server $CS_VERSION installed: $CS_BIN"
else
  rm -f "$MARKER"; log "ERROR: code-server install did not produce a working $CS_BIN"; exit 1
fi
