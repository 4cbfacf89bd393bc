#!/usr/bin/env node
'use strict';
// `npm run test:vscode`: the integration suite (test/vscode/index.cjs) in desktop VS Code through
// @vscode/test-electron 2.5.x — where VS Code can be downloaded.  Where it cannot (machines that reach only the
// npm registry and Debian), say so plainly and exit 0: `npm run test:e2e` runs the same suite in code-server.
// Detection is by trying: the download (or, without @vscode/test-electron, the same update-server request it makes
// first) with a short timeout.
// Env: CORPUS_VSCODE_VERSION (default "stable"), CORPUS_VSCODE_DOWNLOAD_TIMEOUT_MS (default 20000).
const fs = require('fs');
const https = require('https');
const path = require('path');

const REPO = path.resolve(__dirname, '..', '..');
const VERSION = process.env.CORPUS_VSCODE_VERSION || 'stable';
const TIMEOUT_MS = Number(process.env.CORPUS_VSCODE_DOWNLOAD_TIMEOUT_MS || 20000);
const CANNOT = 'cannot download VS Code here (only the npm registry and Debian are reachable); run `npm run test:e2e` instead';

function loadTestElectron() {
  try { return require(require.resolve('@vscode/test-electron', { paths: [REPO] })); } catch { return null; }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`${what}: timed out after ${ms} ms`)), ms); }),
  ]);
}

// The first request @vscode/test-electron makes: the update server's release list.
function probeUpdateServer() {
  return new Promise((resolve, reject) => {
    const req = https.get('https://update.code.visualstudio.com/api/releases/stable', { timeout: TIMEOUT_MS }, (res) => {
      res.resume();
      if (res.statusCode >= 200 && res.statusCode < 400) resolve(res.statusCode);
      else reject(new Error(`HTTP ${res.statusCode}`));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

// a fresh copy of seeds/ as the workspace, so that nothing writes into the repo's seeds
function freshWorkspace(run) {
  const ws = path.join(run, 'workspace');
  fs.rmSync(ws, { recursive: true, force: true });
  fs.cpSync(path.join(REPO, 'seeds'), ws, { recursive: true });
  return ws;
}

(async () => {
  const te = loadTestElectron();
  if (!te) {
    try {
      await withTimeout(probeUpdateServer(), TIMEOUT_MS + 1000, 'VS Code update server');
    } catch (e) {
      console.log(`test:vscode: ${CANNOT}`);
      console.log(`(@vscode/test-electron is not installed either; probe: ${e.message})`);
      process.exit(0);
    }
    console.error('test:vscode: VS Code can be downloaded here, but @vscode/test-electron 2.5.x is not installed: npm i -D @vscode/test-electron@2.5');
    process.exit(1);
  }

  const run = path.join(REPO, '.e2e', 'test-electron');
  fs.mkdirSync(run, { recursive: true });
  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await withTimeout(
      te.downloadAndUnzipVSCode({ version: VERSION, cachePath: path.join(run, 'vscode-test'), timeout: TIMEOUT_MS }),
      TIMEOUT_MS * 3, 'VS Code download');
  } catch (e) {
    console.log(`test:vscode: ${CANNOT}`);
    console.log(`(download attempt: ${String(e && e.message || e).split('\n')[0]})`);
    process.exit(0);
  }

  const ws = freshWorkspace(run);
  try {
    const code = await te.runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(REPO, 'test', 'vscode', 'index.cjs'),
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', path.join(run, 'user-data'), '--extensions-dir', path.join(run, 'extensions')],
      extensionTestsEnv: { CORPUS_E2E: '1' },
    });
    process.exit(code || 0);
  } catch (e) {
    console.error('test:vscode: the integration suite failed:', e && e.message || e);
    process.exit(1);
  }
})();
