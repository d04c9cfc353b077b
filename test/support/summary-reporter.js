// Prints the plain closing lines CI reads, after jest's own summary: each failed test with the start
// of its message (jest writes its report to stderr, which a CI log may not keep), then
// "N passed, N failed, N skipped".
import { relative } from 'node:path';

export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } = results;
    const lines = [];
    for (const suite of results.testResults) {
      if (suite.testExecError)
        lines.push(`FAILED ${relative(process.cwd(), suite.testFilePath)}: ${firstLines(suite.testExecError.message)}`);
      for (const test of suite.testResults) {
        if (test.status !== 'failed') continue;
        lines.push(
          `FAILED ${relative(process.cwd(), suite.testFilePath)} › ${test.fullName}: ${firstLines(test.failureMessages.join('\n'))}`,
        );
      }
    }
    const failed = numFailedTests + numRuntimeErrorTestSuites;
    const summary = `${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped`;
    process.stdout.write(`\n${[...lines, summary].join('\n')}\n`);
  }
}

/** The first lines of a failure message, colour codes removed: enough to name the cause. */
function firstLines(message, count = 6) {
  // Without the ANSI colour codes (ESC [ … m) that jest puts in its messages.
  return message
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, count)
    .join('\n    ');
}
