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

module.exports = { REPO, requireDev };
