// karma.conf.js — shared by every project (`ng test <project>`).
const path = require('node:path');
const { findChrome, MISSING_CHROME_HINT, CHROME_FLAGS } = require('./scripts/find-chrome.cjs');

const chrome = findChrome();
if (!chrome) {
  console.error(MISSING_CHROME_HINT);
  process.exit(1);
}
process.env.CHROME_BIN = chrome;

// Prints one plain closing line "N passed, N failed, N skipped": the progress reporter only
// prints "TOTAL: 4 SUCCESS", and scripts/test-all.mjs sums these lines across projects.
function SummaryLineReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  let skipped = 0;
  const baseRunStart = this.onRunStart; // the base initialises _browsers here: keep it
  this.onRunStart = function (...args) {
    skipped = 0;
    return baseRunStart.apply(this, args);
  };
  this.specSkipped = () => {
    skipped++;
  };
  this.onRunComplete = (_browsers, result) => {
    const failed = result.failed + (result.error ? 1 : 0);
    // process.stdout, not this.write: the adapters are emptied below.
    process.stdout.write(`\n${result.success} passed, ${failed} failed, ${skipped} skipped\n`);
  };
  this.adapters = [];
}
SummaryLineReporter.$inject = ['baseReporterDecorator'];

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      require('karma-jasmine-html-reporter'),
      require('karma-coverage'),
      { 'reporter:summary-line': ['type', SummaryLineReporter] },
    ],
    client: { jasmine: { random: true }, clearContext: false },
    jasmineHtmlReporter: { suppressAll: true },
    coverageReporter: {
      dir: path.join(__dirname, 'coverage'),
      subdir: '.',
      reporters: [{ type: 'html' }, { type: 'text-summary' }, { type: 'json-summary' }],
    },
    reporters: ['progress', 'summary-line'],
    customLaunchers: {
      ChromeHeadlessCustom: { base: 'ChromeHeadless', flags: CHROME_FLAGS },
      // For `npm run bench`: a forced GC and exact heap figures.
      ChromeHeadlessBench: {
        base: 'ChromeHeadless',
        flags: [...CHROME_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
    },
    browsers: ['ChromeHeadlessCustom'],
    singleRun: true,
    autoWatch: false,
    restartOnFileChange: false,
    browserNoActivityTimeout: 60000,
    captureTimeout: 120000,
  });
};
