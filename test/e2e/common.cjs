'use strict';
// What the two drivers (ui.cjs, extHostTests.cjs) share: the repository root and loading its devDependencies.
const path = require('path');

const REPO = path.resolve(__dirname, '..', '..');

/** Loads a devDependency of the repository, with a clear message when it is missing. */
function requireDev(name) {
  try {
    return require(require.resolve(name, { paths: [REPO] }));
  } catch {
    throw new Error(`${name} is not installed in ${REPO}/node_modules: npm install (it is a devDependency)`);
  }
}

/** Starts Debian's Chromium headless in a persistent profile, with the flags this closed network needs. */
function launchChromium(chromium, profile) {
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 30000,
  });
}

module.exports = { REPO, requireDev, launchChromium };
