// Ends the run with one line, `Tests: N passed, M failed[, K skipped]`, summed over all
// projects: CI judges the run by that line. Besides failed tests, each error outside a
// test counts as one failure (a file that fails to load, a beforeAll/afterAll that
// throws, an unhandled error, a run that failed for another reason), so that the line
// never looks green while the run is not.
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
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      // Errors outside any test: the file failed to load or a top-level hook threw…
      if (testModule.errors().length > 0) failed++;
      // …or a describe block's beforeAll/afterAll threw (its tests then count as skipped).
      for (const suite of testModule.children.allSuites()) {
        if (suite.errors().length > 0) failed++;
      }
    }
    failed += unhandledErrors.length;
    // A run can fail outside any test (a globalSetup that throws): never report it clean.
    if (reason === "failed" && failed === 0) failed = 1;
    const line = `Tests: ${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : "");
    process.stdout.write(`\n${line}\n`);
  }
}
