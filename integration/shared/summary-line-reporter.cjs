// The Karma reporter every runner of this repository ends with: one plain closing line
// "N passed, N failed, N skipped" (the progress reporter only prints "TOTAL: 4 SUCCESS"), which
// scripts/test-all.mjs sums across runners. Used by the workspace's karma.conf.js and by the
// apps under integration/ (their checks copy this folder into each app).

/** Karma reporter printing the summary line; register as `reporter:summary-line`. */
function SummaryLineReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  let skipped = 0;
  const baseRunStart = this.onRunStart; // the base initialises the browser list here: keep it
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

module.exports = { SummaryLineReporter };
