import type { Reporter, TestModule } from 'vitest/node';

/**
 * Closes the run with plain lines that CI and people can read at a glance: totals, and how many
 * tests ran against each database and in the browser (test names carry `[postgres]`,
 * `[sqlite]` or sit under test/browser).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let brokenFiles = 0;
    const ran = { postgres: 0, sqlite: 0, browser: 0 };
    for (const module of testModules) {
      const inBrowser = module.moduleId.includes('/test/browser/');
      // A file that fails before its tests run (an import error, a throw at load) has no failed
      // test to count, but it failed all the same.
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') {
          failed += 1;
          failedHere += 1;
        } else skipped += 1;
        if (state !== 'passed' && state !== 'failed') continue;
        if (/\['?postgres'?\]/.test(test.fullName)) ran.postgres += 1;
        if (/\['?sqlite'?\]/.test(test.fullName)) ran.sqlite += 1;
        if (inBrowser) ran.browser += 1;
      }
      if (failedHere === 0 && (module.errors().length > 0 || module.state() === 'failed'))
        brokenFiles += 1;
    }
    console.log(
      `\nDatabase tests run: ${ran.sqlite} on SQLite, ${ran.postgres} on PostgreSQL; browser tests run: ${ran.browser}.`,
    );
    if (ran.postgres === 0)
      console.log('PostgreSQL tests did not run: set TEST_DATABASE_URL to run them.');
    if (brokenFiles > 0) console.log(`${brokenFiles} test files failed to run or had errors.`);
    console.log(`tests: ${passed} passed, ${failed + brokenFiles} failed, ${skipped} skipped`);
  }
}
