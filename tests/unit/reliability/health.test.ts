import { describe, expect, it } from 'vitest';
import { healthReport } from '../../../src/lib/server/health';
import { version } from '../../../package.json';
import { onPostgres, testDb } from '../../support/test-db';

describe('healthReport', () => {
	it('reports a working database and the embedded engine', async () => {
		const db = await testDb();
		const report = await healthReport(db);
		await db.destroy();
		expect(report).toMatchObject({
			status: 'ok',
			database: { ok: true },
			search: {
				engine: onPostgres ? 'postgres' : 'sqlite',
				ok: true,
				degraded: false,
				documents: 0
			},
			version
		});
		expect(report.database.latencyMs).toBeGreaterThanOrEqual(0);
	});

	it('reports failing, naming the database, when it does not answer', async () => {
		const db = await testDb();
		await db.destroy();
		const report = await healthReport(db);
		expect(report.status).toBe('failing');
		expect(report.database.ok).toBe(false);
		expect(report.database.error).toBeTruthy();
	});
});
