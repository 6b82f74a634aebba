// Ends the run with one line, `Tests: N passed, M failed[, K skipped]`, summed over all
// projects: CI judges the run by that line. A test file that fails before any of its
// tests runs (an import error, a failing beforeAll), an unhandled error and a run that
// failed outside any test each count as one failure, so that the line can never look green while the run is not.
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from "vitest/node";

export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      let failedHere = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failedHere++;
        else skipped++;
      }
      const moduleBroken =
        testModule.state() === "failed" || testModule.errors().length > 0 || hasSuiteErrors(testModule);
      if (failedHere === 0 && moduleBroken) failedHere = 1;
      failed += failedHere;
    }
    failed += unhandledErrors.length;
    // A run can fail outside any test (a globalSetup that throws): never report it clean.
    if (reason === "failed" && failed === 0) failed = 1;
    const line = `Tests: ${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : "");
    process.stdout.write(`\n${line}\n`);
  }
}

function hasSuiteErrors(testModule: TestModule): boolean {
  for (const suite of testModule.children.allSuites()) {
    if (suite.errors().length > 0) return true;
  }
  return false;
}
