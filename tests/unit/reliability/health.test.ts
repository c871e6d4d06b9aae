import { describe, expect, it } from 'vitest';
import { createDb } from '../../../src/lib/server/db/client';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { healthReport } from '../../../src/lib/server/health';
import { version } from '../../../package.json';

describe('healthReport', () => {
	it('reports a working database and the embedded engine', async () => {
		const db = createDb(':memory:');
		await migrateToLatest(db);
		const report = await healthReport(db);
		await db.destroy();
		expect(report).toMatchObject({
			status: 'ok',
			database: { ok: true },
			search: { engine: 'sqlite', ok: true, degraded: false, documents: 0 },
			version
		});
		expect(report.database.latencyMs).toBeGreaterThanOrEqual(0);
	});

	it('reports failing, naming the database, when it does not answer', async () => {
		const db = createDb(':memory:');
		await migrateToLatest(db);
		await db.destroy();
		const report = await healthReport(db);
		expect(report.status).toBe('failing');
		expect(report.database.ok).toBe(false);
		expect(report.database.error).toBeTruthy();
	});
});
