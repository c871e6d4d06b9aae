import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the plain closing line CI reads (`N passed, N failed, N skipped`) and, when
 * VITEST_SUMMARY_FILE is set, writes the same counts there for .ci/run.
 */
export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
		let passed = 0;
		let failed = 0;
		let skipped = 0;
		for (const module of testModules) {
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') passed++;
				else if (state === 'failed') failed++;
				else skipped++;
			}
			if (module.state() === 'failed' && !module.children.size) failed++;
		}
		failed += errors.length;
		const line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
		process.stdout.write(`\n${line}\n`);
		const file = process.env.VITEST_SUMMARY_FILE;
		if (file) writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
	}
}
