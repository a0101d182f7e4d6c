// Locates a Chrome or Chromium binary for Karma and Playwright, so that no test tool
// ever downloads a browser. Order: $CHROME_BIN, Debian's /usr/bin/chromium, then the PATH.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const KNOWN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const PATH_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Returns the path of a usable Chrome/Chromium, or null when there is none. */
function findChrome() {
  const fromEnv = process.env.CHROME_BIN;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  for (const file of KNOWN_PATHS) if (isExecutable(file)) return file;
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    for (const name of PATH_NAMES) {
      const file = path.join(dir, name);
      if (dir && isExecutable(file)) return file;
    }
  }
  return null;
}

const MISSING_CHROME_HINT =
  'No Chrome/Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_BIN to its path.';

/** Headless flags that work as root and on a machine without outbound network. */
const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

module.exports = { findChrome, MISSING_CHROME_HINT, CHROME_FLAGS };

// `node scripts/find-chrome.cjs --check` prints the browser path, or the hint and exits 1.
if (require.main === module) {
  const chrome = findChrome();
  if (chrome) console.log(chrome);
  else {
    console.error(MISSING_CHROME_HINT);
    process.exit(1);
  }
}
