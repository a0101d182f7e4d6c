// Runs in the demo page before any of its scripts (page.addInitScript; an init script is not
// subject to the page's Content-Security-Policy). Hands every CSP violation to the test
// through the binding that e2e/support/fixtures.ts exposes.
'use strict';
document.addEventListener('securitypolicyviolation', function (event) {
  var report = window.__e2eCspViolation;
  if (typeof report !== 'function') return;
  report({
    directive: event.effectiveDirective,
    blockedURI: event.blockedURI,
    sourceFile: event.sourceFile,
    line: event.lineNumber,
    sample: event.sample,
  });
});
