// karma.conf.js — shared by every project (`ng test <project>`).
const path = require('node:path');
const { findChrome, MISSING_CHROME_HINT, CHROME_FLAGS } = require('./scripts/find-chrome.cjs');

const chrome = findChrome();
if (!chrome) {
  console.error(MISSING_CHROME_HINT);
  process.exit(1);
}
process.env.CHROME_BIN = chrome;

// Ends the run with the plain "N passed, N failed, N skipped" line the test runner sums.
const { SummaryLineReporter } = require('./integration/shared/summary-line-reporter.cjs');

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
