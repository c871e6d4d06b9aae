import { defineConfig } from 'vitest/config';

/**
 * `npm run test:stress`: the load runs (autocannon against the built server with the demo
 * event). Kept under about three minutes so that `.ci/run` stays under fifteen.
 */
export default defineConfig({
	test: {
		name: 'stress',
		include: ['tests/stress/**/*.test.ts'],
		environment: 'node',
		reporters: ['default', './tests/support/summary-reporter.ts'],
		globalSetup: ['tests/support/global-server.ts'],
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 120_000
	}
});
