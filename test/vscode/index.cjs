'use strict';
// Mocha 10 runner for the integration suite, loaded by VS Code's extension host as extensionTestsPath
// (test/e2e/extHostTests.cjs in code-server, or scripts/e2e/test-electron.cjs with desktop VS Code).
// Runs every test/vscode/*.test.cjs (activation first, then alphabetical; CORPUS_E2E_ORDER=reverse, CORPUS_E2E_GREP) and prints one machine-readable line
// `CORPUS_E2E_RESULT {"passed":N,"failed":M,...}` that the launcher reads.
const fs = require('fs');
const path = require('path');

function loadMocha() {
  const repo = path.resolve(__dirname, '..', '..');
  try { return require(require.resolve('mocha', { paths: [repo] })); } catch {
    throw new Error(`mocha is not installed in ${repo}/node_modules: npm install (mocha@10 is a devDependency)`);
  }
}

exports.run = function run() {
  const Mocha = loadMocha();
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.CORPUS_E2E_TEST_TIMEOUT_MS || 60000),
    slow: 2000,
    grep: process.env.CORPUS_E2E_GREP || undefined,
  });
  // CORPUS_E2E_ORDER=reverse runs the files after activation in reverse order: the suites must not depend on it.
  const reverse = process.env.CORPUS_E2E_ORDER === 'reverse' ? -1 : 1;
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.cjs'))
    .sort((a, b) => (b.startsWith('activation') - a.startsWith('activation')) || reverse * a.localeCompare(b));
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    const tests = [];
    let runner;
    try {
      runner = mocha.run((failures) => {
        const s = runner.stats || {};
        const summary = { passed: s.passes | 0, failed: failures | 0, pending: s.pending | 0, duration: s.duration | 0, tests };
        console.log(`CORPUS_E2E_RESULT ${JSON.stringify(summary)}`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      runner.on('pass', (t) => tests.push({ title: t.fullTitle(), ok: true, ms: t.duration }));
      runner.on('fail', (t, err) => tests.push({ title: t.fullTitle(), ok: false, ms: t.duration, error: String(err && err.message || err).slice(0, 500) }));
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
};
