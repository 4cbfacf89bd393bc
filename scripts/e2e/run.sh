#!/usr/bin/env bash
# End-to-end tests of the corpus-annotator extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3),
# headless, driven through Debian chromium by playwright-core.  `npm run test:e2e` calls this.
#
#   part (a) UI checks           test/e2e/ui.cjs           (the packaged .vsix installed into a fresh extensions dir)
#   part (b) integration suite   test/e2e/extHostTests.cjs (mocha suite test/vscode/index.cjs run in the Node
#                                                           extension host, extension loaded from the repo root)
#
# Everything a run writes goes under .e2e/ in the repo (gitignored) and the install cache
# ${CORPUS_E2E_CACHE:-$HOME/.cache/corpus-annotator-e2e}.  code-server is always stopped by its process group.
#
# Environment (all optional):
#   CORPUS_E2E_CACHE      install cache folder (code-server lives there)
#   CORPUS_E2E_PACKAGE   auto (default): `npm run package` when dist/corpus-annotator.vsix is missing or older than
#                        its sources / dist/*.js; 1: always; 0: never
#   CORPUS_E2E_ONLY=ui|it run only one part
#   CORPUS_E2E_KEEP=N     keep the N newest run folders under .e2e/runs (default 5)
#   CORPUS_E2E_VSIX, CORPUS_E2E_DEV_PATH  override the .vsix / the extension development folder (harness debugging)
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CACHE=${CORPUS_E2E_CACHE:-$HOME/.cache/corpus-annotator-e2e}
CS_BIN=$CACHE/code-server/node_modules/.bin/code-server
VSIX=${CORPUS_E2E_VSIX:-$REPO/dist/corpus-annotator.vsix}
DEV_PATH=${CORPUS_E2E_DEV_PATH:-$REPO}
EXT_ID=corpus-annotator.corpus-annotator
ONLY=${CORPUS_E2E_ONLY:-}
T0=$(date +%s%N)

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
log() { local m; m=$(ms_since "$T0"); printf '[e2e %4d.%ds] %s\n' $((m / 1000)) $(((m % 1000) / 100)) "$*"; }

TOTAL_PASSED=0
TOTAL_FAILED=0
SUMMARY_PRINTED=0
summary() {  # the closing line, printed once, whatever happened
  [ "$SUMMARY_PRINTED" = 1 ] && return
  SUMMARY_PRINTED=1
  log "total $(ms_since "$T0") ms; run folder: ${RUN:-none}; screenshots: $REPO/.e2e/screenshots"
  echo "${TOTAL_PASSED} passed, ${TOTAL_FAILED} failed"
}
fatal() { log "ERROR: $*"; TOTAL_FAILED=$((TOTAL_FAILED + 1)); exit 1; }

# ---------------------------------------------------------------- code-server process control
CS_PID=
stop_cs() {
  [ -n "$CS_PID" ] || return 0
  local pid=$CS_PID; CS_PID=
  # code-server was started with setsid: its PID is its process group id; the extension hosts, the language
  # server and the file watchers are in that group (they outlive the browser page otherwise).
  kill -TERM -- "-$pid" 2>/dev/null
  for _ in $(seq 1 50); do pgrep -g "$pid" >/dev/null 2>&1 || break; sleep 0.1; done
  if pgrep -g "$pid" >/dev/null 2>&1; then
    log "process group $pid still alive after 5 s: SIGKILL"
    kill -KILL -- "-$pid" 2>/dev/null
    for _ in $(seq 1 30); do pgrep -g "$pid" >/dev/null 2>&1 || break; sleep 0.1; done
  fi
  wait "$pid" 2>/dev/null
  log "stopped code-server (process group $pid)"
}
# run_driver SECONDS LOGFILE CMD...: run a node driver in its own process group (output shown and logged), bounded;
# the wait is interruptible, and an interrupted or overdue driver is stopped by its group (playwright then closes
# its chromium).  Sets DRIVER_RC (124 on timeout).
DRV_PID=
stop_driver() {
  [ -n "$DRV_PID" ] || return 0
  local pid=$DRV_PID; DRV_PID=
  kill -TERM -- "-$pid" 2>/dev/null
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}
run_driver() {
  local secs=$1 logfile=$2; shift 2
  setsid bash -c 'set -o pipefail; "$@" 2>&1 | tee "$0"' "$logfile" "$@" &
  DRV_PID=$!
  local ticks=0
  while kill -0 "$DRV_PID" 2>/dev/null; do
    if [ "$ticks" -ge $((secs * 10)) ]; then
      log "$(basename "$2") still running after ${secs} s: stopping it"
      stop_driver; DRIVER_RC=124; return
    fi
    sleep 0.1; ticks=$((ticks + 1))
  done
  wait "$DRV_PID"; DRIVER_RC=$?
  DRV_PID=
}

on_exit() {
  local rc=$?
  stop_driver
  stop_cs
  summary
  [ "$TOTAL_FAILED" -gt 0 ] && [ "$rc" -eq 0 ] && rc=1
  exit "$rc"
}
trap on_exit EXIT
trap 'log "interrupted"; TOTAL_FAILED=$((TOTAL_FAILED + 1)); exit 130' INT TERM HUP

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# isolated environment for code-server, its extension hosts and chromium
isolate_env() {
  export HOME=$RUN/home
  export XDG_CONFIG_HOME=$RUN/home/.config XDG_DATA_HOME=$RUN/home/.local/share
  export XDG_CACHE_HOME=$RUN/home/.cache XDG_STATE_HOME=$RUN/home/.local/state
  export XDG_RUNTIME_DIR=$RUN/runtime
  export TMPDIR=$RUN/tmp TMP=$RUN/tmp TEMP=$RUN/tmp
  export CORPUS_E2E=1
  unset VSCODE_IPC_HOOK_CLI VSCODE_CWD VSCODE_PID ELECTRON_RUN_AS_NODE
}

# start_cs NAME EXT_DIR USER_DATA_DIR: start code-server on a free port, wait for /healthz (bounded)
start_cs() {
  local name=$1 extdir=$2 udd=$3
  PORT=$(free_port) || fatal "no free port"
  local t=$(date +%s%N)
  ( cd "$RUN" && exec setsid "$CS_BIN" \
      --config "$RUN/cs-config.yaml" --auth none --bind-addr "127.0.0.1:$PORT" \
      --user-data-dir "$udd" --extensions-dir "$extdir" \
      --disable-telemetry --disable-update-check --disable-workspace-trust \
      --disable-getting-started-override --disable-proxy --ignore-last-opened \
      >"$RUN/logs/code-server-$name.log" 2>&1 ) &
  CS_PID=$!
  # `setsid` execs in place when it is not a group leader (our background subshell is not), so PID == PGID;
  # check it, the stop relies on it
  local pgid; pgid=$(ps -o pgid= -p "$CS_PID" 2>/dev/null | tr -d ' ')
  [ -n "$pgid" ] && [ "$pgid" != "$CS_PID" ] && log "warning: code-server pid $CS_PID has pgid $pgid"
  local up=0
  for _ in $(seq 1 300); do   # 30 s at most
    if curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/healthz"; then up=1; break; fi
    kill -0 "$CS_PID" 2>/dev/null || break
    sleep 0.1
  done
  if [ "$up" != 1 ]; then
    log "code-server ($name) did not answer /healthz; last log lines:"; tail -n 30 "$RUN/logs/code-server-$name.log"
    return 1
  fi
  log "code-server ($name) pid/pgid $CS_PID on 127.0.0.1:$PORT, /healthz after $(ms_since "$t") ms"
}

# add_results FILE PART: add a part's {passed, failed} to the totals (a missing file counts as one failure)
add_results() {
  local file=$1 part=$2 p f
  if [ -s "$file" ] && read -r p f < <(node -e "const r=require(process.argv[1]);console.log((r.passed|0)+' '+(r.failed|0))" "$file" 2>/dev/null); then
    log "$part: $p passed, $f failed"
  else
    log "$part: no results written ($file): counted as 1 failure"; p=0; f=1
  fi
  TOTAL_PASSED=$((TOTAL_PASSED + p)); TOTAL_FAILED=$((TOTAL_FAILED + f))
}

# ---------------------------------------------------------------- 1. install (idempotent)
log "install check"
bash "$REPO/scripts/e2e/install.sh" || fatal "scripts/e2e/install.sh failed"
[ -x "$CS_BIN" ] || fatal "no code-server at $CS_BIN"

# playwright-core (and mocha, for the extension host) come from the repo's devDependencies
resolve_from() { node -e "require.resolve(process.argv[1] + '/package.json', { paths: [process.argv[2]] })" "$1" "$2" 2>/dev/null; }
for dep in playwright-core mocha; do
  resolve_from "$dep" "$REPO" || fatal "$dep is not installed in $REPO/node_modules: npm install (devDependencies playwright-core, mocha@10)"
done

# ---------------------------------------------------------------- 2. the packaged extension
# CORPUS_E2E_PACKAGE: auto (default) packages when the .vsix is missing or older than what goes into it;
# 1 always packages; 0 never (only warns when stale).
PACKAGE_MODE=${CORPUS_E2E_PACKAGE:-auto}
mkdir -p "$REPO/.e2e"
stale_sources() {
  [ -f "$VSIX" ] || return 0
  find "$REPO/package.json" "$REPO/client" "$REPO/server" "$REPO/syntaxes" "$REPO/scripts/build.mjs" "$REPO/.vscodeignore" \
       "$REPO/dist/extension.js" "$REPO/dist/server.js" -newer "$VSIX" -type f -not -path '*/node_modules/*' 2>/dev/null | head -3
}
if [ -z "${CORPUS_E2E_VSIX:-}" ]; then
  stale=$(stale_sources)
  if [ "$PACKAGE_MODE" = 1 ] || [ ! -f "$VSIX" ] || { [ "$PACKAGE_MODE" = auto ] && [ -n "$stale" ]; }; then
    if [ ! -f "$VSIX" ]; then why="missing"; elif [ -n "$stale" ]; then why="older than ${stale//$'\n'/, }"; else why="CORPUS_E2E_PACKAGE=1"; fi
    log "packaging ($(basename "$VSIX") $why): npm run package"
    t=$(date +%s%N)
    ( cd "$REPO" && npm run package </dev/null ) > "$REPO/.e2e/package.log" 2>&1 \
      || { tail -n 40 "$REPO/.e2e/package.log"; fatal "npm run package failed (log: .e2e/package.log)"; }
    [ -f "$VSIX" ] || fatal "npm run package did not produce $VSIX"
    log "packaged in $(ms_since "$t") ms (log: .e2e/package.log)"
  elif [ -n "$stale" ]; then
    log "warning: $VSIX is older than ${stale//$'\n'/, } (CORPUS_E2E_PACKAGE=0): the UI checks test an old build"
  fi
fi
[ -f "$VSIX" ] || fatal "no $VSIX"
[ -f "$DEV_PATH/dist/extension.js" ] || log "warning: $DEV_PATH/dist/extension.js missing (npm run build): the integration suite loads the extension from there"

# ---------------------------------------------------------------- 3. a fresh run folder
mkdir -p "$REPO/.e2e/runs" "$REPO/.e2e/screenshots"
RUN=$REPO/.e2e/runs/$(date +%Y%m%d-%H%M%S)-$$
mkdir -p "$RUN"/{home/.config,home/.local/share,home/.cache,home/.local/state,runtime,tmp,logs} \
         "$RUN"/{user-data-ui,user-data-it,extensions-ui,extensions-it}
chmod 700 "$RUN/runtime"
# keep the newest runs only (bounded disk use)
ls -1dt "$REPO/.e2e/runs"/*/ 2>/dev/null | tail -n +"$(( ${CORPUS_E2E_KEEP:-5} + 1 ))" | xargs -r rm -rf
rm -f "$REPO/.e2e/screenshots"/*.png
# workspaces: copies of seeds/ so that nothing writes into the repo's seeds
for ws in workspace-ui workspace-it; do cp -r "$REPO/seeds" "$RUN/$ws"; done
printf 'auth: none\ncert: false\n' > "$RUN/cs-config.yaml"
SETTINGS='{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "telemetry.telemetryLevel": "off",
  "security.workspace.trust.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "git.enabled": false,
  "chat.commandCenter.enabled": false,
  "editor.minimap.enabled": false,
  "editor.stickyScroll.enabled": false,
  "window.commandCenter": false
}'
for u in user-data-ui user-data-it; do mkdir -p "$RUN/$u/User"; echo "$SETTINGS" > "$RUN/$u/User/settings.json"; done
log "run folder $RUN"

isolate_env

# ---------------------------------------------------------------- 4a. UI checks with the installed .vsix
if [ "$ONLY" != it ]; then
  t=$(date +%s%N)
  if ! "$CS_BIN" --config "$RUN/cs-config.yaml" --user-data-dir "$RUN/user-data-ui" --extensions-dir "$RUN/extensions-ui" \
        --install-extension "$VSIX" --force >"$RUN/logs/install-extension.log" 2>&1; then
    cat "$RUN/logs/install-extension.log"; fatal "code-server --install-extension $VSIX failed"
  fi
  "$CS_BIN" --config "$RUN/cs-config.yaml" --user-data-dir "$RUN/user-data-ui" --extensions-dir "$RUN/extensions-ui" \
     --list-extensions --show-versions 2>/dev/null | grep -i "^$EXT_ID@" >/dev/null \
     || log "warning: $EXT_ID not listed by --list-extensions (see $RUN/logs/install-extension.log)"
  log "installed $(basename "$VSIX") in $(ms_since "$t") ms"

  if start_cs ui "$RUN/extensions-ui" "$RUN/user-data-ui"; then
    CS_URL="http://127.0.0.1:$PORT" WORKSPACE="$RUN/workspace-ui" SHOTS="$REPO/.e2e/screenshots" \
      RESULTS="$RUN/ui-results.json" PROFILE_DIR="$RUN/chromium-ui" \
      run_driver 420 "$RUN/logs/ui.log" node "$REPO/test/e2e/ui.cjs"
  else
    log "UI part skipped: code-server did not start"
  fi
  add_results "$RUN/ui-results.json" "UI checks"
  stop_cs
fi

# ---------------------------------------------------------------- 4b. integration suite in the extension host
# A second code-server start with an EMPTY extensions dir and its own user-data dir: the extension is loaded only
# from extensionDevelopmentPath (the repo root), so there is no question which copy of corpus-annotator.corpus-annotator
# runs (VS Code would prefer the development copy over the installed .vsix anyway, but with a warning and two scanned
# copies), and nothing left by the UI run (open editors, extension host, language server state) leaks into the suite.
# The extra start costs about a second.
if [ "$ONLY" != ui ]; then
  if start_cs it "$RUN/extensions-it" "$RUN/user-data-it"; then
    CS_URL="http://127.0.0.1:$PORT" WORKSPACE="$RUN/workspace-it" SHOTS="$REPO/.e2e/screenshots" \
      RESULTS="$RUN/it-results.json" PROFILE_DIR="$RUN/chromium-it" \
      DEV_PATH="$DEV_PATH" TESTS_PATH="$REPO/test/vscode/index.cjs" \
      run_driver 420 "$RUN/logs/it.log" node "$REPO/test/e2e/extHostTests.cjs"
  else
    log "integration part skipped: code-server did not start"
  fi
  add_results "$RUN/it-results.json" "integration suite"
  stop_cs
fi

if [ "$TOTAL_FAILED" -gt 0 ]; then
  log "logs: $RUN/logs (code-server), $RUN/user-data-*/logs (extension host, language server output)"
  exit 1
fi
exit 0
