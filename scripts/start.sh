#!/usr/bin/env bash
# `npm start`: build and package the extension, then open seeds/ in a browser-based VS Code (code-server) with the
# extension installed, and print the address to open. Ctrl+C stops code-server and everything it started.
#
# Environment (all optional):
#   PORT                  port on 127.0.0.1 (default 8080)
#   CORPUS_START_FOLDER   folder to open (default: the repository's seeds/)
#   CORPUS_START_SKIP_PACKAGE=1   reuse dist/corpus-annotator.vsix as it is
#   CORPUS_E2E_CACHE      where scripts/e2e/install.sh keeps code-server (default ~/.cache/corpus-annotator-e2e)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PORT=${PORT:-8080}
FOLDER=$(cd "${CORPUS_START_FOLDER:-$REPO/seeds}" && pwd)
CACHE=${CORPUS_E2E_CACHE:-$HOME/.cache/corpus-annotator-e2e}
CS_BIN=$CACHE/code-server/node_modules/.bin/code-server
VSIX=$REPO/dist/corpus-annotator.vsix
STATE=$REPO/.e2e/start
EXT_ID=corpus-annotator.corpus-annotator

log() { echo "[start] $*"; }

# 1. code-server, installed once into the cache outside the repository (idempotent, several minutes the first time).
bash "$REPO/scripts/e2e/install.sh"
[ -x "$CS_BIN" ] || { log "ERROR: no code-server at $CS_BIN after install"; exit 1; }

# 2. The extension, built and packaged as users get it.
if [ "${CORPUS_START_SKIP_PACKAGE:-}" != 1 ] || [ ! -f "$VSIX" ]; then
  (cd "$REPO" && npm run package)
fi

# 3. A fresh extensions folder each time, so the .vsix just built is the one that runs; user data (layout, settings)
#    is kept between starts. code-server and its extension host get their own HOME so the real one is not written.
rm -rf "$STATE/extensions"
mkdir -p "$STATE/extensions" "$STATE/user-data" "$STATE/home" "$STATE/tmp"
export HOME=$STATE/home XDG_CONFIG_HOME=$STATE/home/.config XDG_DATA_HOME=$STATE/home/.local/share
export XDG_CACHE_HOME=$STATE/home/.cache XDG_STATE_HOME=$STATE/home/.local/state TMPDIR=$STATE/tmp
unset VSCODE_IPC_HOOK_CLI VSCODE_CWD VSCODE_PID ELECTRON_RUN_AS_NODE
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$STATE/config.yaml"
# First start only: open straight onto the articles, without the welcome walkthrough.
if [ ! -f "$STATE/user-data/User/settings.json" ]; then
  mkdir -p "$STATE/user-data/User"
  printf '{\n  "workbench.startupEditor": "none",\n  "workbench.welcomePage.walkthroughs.openOnInstall": false\n}\n' > "$STATE/user-data/User/settings.json"
fi
CS_ARGS=(--config "$STATE/config.yaml" --user-data-dir "$STATE/user-data" --extensions-dir "$STATE/extensions")
"$CS_BIN" "${CS_ARGS[@]}" --install-extension "$VSIX" --force > "$STATE/install-extension.log" 2>&1 \
  || { cat "$STATE/install-extension.log"; log "ERROR: could not install $VSIX"; exit 1; }
"$CS_BIN" "${CS_ARGS[@]}" --list-extensions 2>/dev/null | grep -qi "^$EXT_ID$" \
  || log "warning: $EXT_ID is not listed as installed (see $STATE/install-extension.log)"

# 4. code-server in its own process group, stopped by that group on Ctrl+C or any exit.
CS_PID=
stop() {
  [ -n "$CS_PID" ] || return 0
  local pid=$CS_PID; CS_PID=
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do pgrep -g "$pid" > /dev/null 2>&1 || break; sleep 0.1; done
  pgrep -g "$pid" > /dev/null 2>&1 && kill -KILL -- "-$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
  log "code-server stopped"
}
trap stop EXIT
trap 'exit 130' INT TERM HUP

if curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/healthz"; then
  log "ERROR: something already answers on 127.0.0.1:$PORT; set PORT to another port"; exit 1
fi
( cd "$STATE" && exec setsid "$CS_BIN" "${CS_ARGS[@]}" --auth none --bind-addr "127.0.0.1:$PORT" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    --disable-proxy --ignore-last-opened "$FOLDER" > "$STATE/code-server.log" 2>&1 ) &
CS_PID=$!

for _ in $(seq 1 300); do
  curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/healthz" && break
  kill -0 "$CS_PID" 2>/dev/null || { tail -n 30 "$STATE/code-server.log"; log "ERROR: code-server exited"; CS_PID=; exit 1; }
  sleep 0.1
done
curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/healthz" || { tail -n 30 "$STATE/code-server.log"; log "ERROR: code-server did not answer within 30 s"; exit 1; }

URL="http://127.0.0.1:$PORT/?folder=$(node -p 'encodeURI(process.argv[1])' "$FOLDER")"
echo
log "VS Code with Corpus Annotator is ready. Open this address in a browser:"
echo
echo "    $URL"
echo
log "Log: $STATE/code-server.log. Press Ctrl+C to stop."
wait "$CS_PID" || true
CS_PID=
