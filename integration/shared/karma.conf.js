// Karma for the consumer apps under integration/ (angular22-app, no-cdk-app): their checks
// copy this file into each app next to its angular.json. scripts/check-angular22.mjs and
// scripts/check-no-cdk.mjs set CHROME_BIN and CHROME_FLAGS (a JSON array, the workspace's
// flags from scripts/find-chrome.cjs).
process.env.CHROME_BIN = process.env.CHROME_BIN || '/usr/bin/chromium';
// Headless Chromium as root needs --no-sandbox; the rest keeps it quiet on CI machines.
const CHROME_FLAGS = process.env.CHROME_FLAGS
  ? JSON.parse(process.env.CHROME_FLAGS)
  : ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

// Ends the run with the plain "N passed, N failed, N skipped" line the test runner sums.
const { SummaryLineReporter } = require('./summary-line-reporter.cjs');

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      { 'reporter:summary-line': ['type', SummaryLineReporter] },
    ],
    client: { jasmine: { random: true }, clearContext: false },
    reporters: ['dots', 'summary-line'],
    colors: false,
    customLaunchers: {
      ChromeHeadlessNoSandbox: { base: 'ChromeHeadless', flags: CHROME_FLAGS },
    },
    browsers: ['ChromeHeadlessNoSandbox'],
    singleRun: true,
    autoWatch: false,
    restartOnFileChange: false,
    browserNoActivityTimeout: 60000,
    captureTimeout: 120000,
  });
};
