'use strict';
// Runs the mocha integration suite (test/vscode/index.cjs) inside code-server's Node extension host, the way
// @vscode/test-web does: the workbench URL carries a `payload` with extensionDevelopmentPath and extensionTestsPath;
// the extension host's console is forwarded to window.codeAutomationLog and its exit code to window.codeAutomationExit.
// Started by scripts/e2e/run.sh with a running code-server; env:
//   CS_URL      http://127.0.0.1:PORT (required)
//   WORKSPACE   folder to open (a copy of seeds/) (required)
//   DEV_PATH    extension development folder (default: the repo root)
//   TESTS_PATH  extension tests module (default: <repo>/test/vscode/index.cjs)
//   RESULTS     JSON file receiving {passed, failed, exitCode} (optional)
//   SHOTS       screenshot folder (default <repo>/.e2e/screenshots) — it-fail.png on failure
//   PROFILE_DIR chromium profile folder (default: a temp folder)
//   TIMEOUT_MS  bound of the whole suite (default 300000)
// Environment for the extension host itself must be set on code-server's process (run.sh does).
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const { REPO, requireDev, launchChromium } = require('./common.cjs');
const { chromium } = requireDev('playwright-core');

const CS_URL = process.env.CS_URL;
const WORKSPACE = process.env.WORKSPACE;
if (!CS_URL || !WORKSPACE) { console.error('CS_URL and WORKSPACE are required'); process.exit(2); }
const DEV_PATH = path.resolve(process.env.DEV_PATH || REPO);
const TESTS_PATH = path.resolve(process.env.TESTS_PATH || path.join(REPO, 'test', 'vscode', 'index.cjs'));
const RESULTS = process.env.RESULTS;
const SHOTS = process.env.SHOTS || path.join(REPO, '.e2e', 'screenshots');
const TIMEOUT_MS = Number(process.env.TIMEOUT_MS || 300000);
const RESULT_TAG = 'CORPUS_E2E_RESULT ';
const NOISE = /open-vsx|ECONNREFUSED|getaddrinfo|socket hang up|^\s*at .*\/static\/out\/vs\/|Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions|\[Service Worker\]|ChatSessionStore|^\s*$/;

const T0 = Date.now();
const log = (...a) => console.log(`[it ${((Date.now() - T0) / 1000).toFixed(1).padStart(6)}s]`, ...a);

(async () => {
  const authority = new URL(CS_URL).host;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(DEV_PATH)],
    ['extensionTestsPath', remote(TESTS_PATH)],
  ]);
  const url = `${CS_URL}/?folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(payload)}`;

  const profile = process.env.PROFILE_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-e2e-chromium-'));
  fs.mkdirSync(profile, { recursive: true });
  const ctx = await launchChromium(chromium, profile);
  const page = ctx.pages()[0] || await ctx.newPage();
  let result = null;
  let resolveExit; const exited = new Promise((r) => { resolveExit = r; });
  // both must be exposed before goto: the workbench looks them up at startup
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = util.format(...(Array.isArray(args) ? args : [args]));
    for (const line of text.split('\n')) {
      const at = line.indexOf(RESULT_TAG);
      if (at >= 0) { try { result = JSON.parse(line.slice(at + RESULT_TAG.length)); } catch { /* ignore */ } continue; }
      // the workbench also forwards its own plumbing (sockets, gallery lookups that cannot reach the internet, with
      // their minified stack frames): hidden unless VERBOSE
      if (!process.env.VERBOSE && NOISE.test(line)) continue;
      console.log(type === 'error' ? `[exthost error] ${line}` : `  ${line}`);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  page.on('pageerror', (e) => log('pageerror:', String(e).slice(0, 200)));
  if (process.env.VERBOSE) page.on('console', (m) => log('page console:', m.type(), m.text().slice(0, 300)));

  log(`workbench with extensionDevelopmentPath=${DEV_PATH} extensionTestsPath=${TESTS_PATH}`);
  await page.goto(url, { timeout: 30000 });
  let timer;
  const code = await Promise.race([
    exited,
    new Promise((r) => { timer = setTimeout(() => r('timeout'), TIMEOUT_MS); }),
  ]);
  clearTimeout(timer);
  log(`extension host tests finished: exit code ${code} after ${Date.now() - T0} ms`);

  let passed = result ? result.passed | 0 : 0;
  let failed = result ? result.failed | 0 : 0;
  const problems = [];
  if (code === 'timeout') problems.push(`the suite did not finish within ${TIMEOUT_MS} ms`);
  else if (!result) problems.push(`the suite reported no results (exit code ${code}): the runner failed to load or crashed — see the [exthost] lines above`);
  else if (code !== 0 && failed === 0) problems.push(`exit code ${code} though no test failed`);
  if (problems.length) {
    failed += 1;
    for (const p of problems) log('FAIL', p);
  }
  if (failed) {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'it-fail.png') }).catch(() => {});
  }
  await ctx.close().catch(() => {});
  if (!process.env.PROFILE_DIR) fs.rmSync(profile, { recursive: true, force: true });
  log(`integration suite: ${passed} passed, ${failed} failed${result && result.pending ? `, ${result.pending} skipped` : ''}`);
  if (RESULTS) fs.writeFileSync(RESULTS, JSON.stringify({ passed, failed, pending: result ? result.pending : 0, exitCode: code, problems, tests: result ? result.tests : [] }, null, 2));
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  log('harness error:', e && e.stack || e);
  if (RESULTS) fs.writeFileSync(RESULTS, JSON.stringify({ passed: 0, failed: 1, error: String(e) }, null, 2));
  process.exit(2);
});
