import type { FullResult, Reporter, Suite } from '@playwright/test/reporter';

/**
 * Ends the run with one plain line, `N passed, N failed`, which the workspace's test runner
 * (scripts/test-all.mjs) adds up with the other suites. A run that fails outside any test
 * (global setup, a broken config) counts as one failure.
 */
export default class SummaryLineReporter implements Reporter {
  private root: Suite | undefined;

  onBegin(_config: unknown, suite: Suite): void {
    this.root = suite;
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    for (const test of this.root?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome === 'expected' || outcome === 'flaky') passed++;
      else if (outcome === 'unexpected') failed++;
    }
    if (result.status !== 'passed' && failed === 0) failed = 1;
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
