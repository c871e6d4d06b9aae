import { describe, expect, it } from 'vitest';
import { version } from '../../../package.json';
import { queryDemo } from '../../support/demo-db';
import { sharedServer } from '../../support/shared-server';

/** GET /healthz on the shared server: the database and the search engine, for load balancers. */
const baseUrl = sharedServer().baseUrl;
const databasePath = sharedServer().databasePath;

interface Health {
	status: string;
	database: { ok: boolean; latencyMs: number };
	search: { engine: string; ok: boolean; degraded: boolean; documents: number | null };
	uptimeSeconds: number;
	version: string;
}

describe('healthz', () => {
	it('answers 200 with the database, the search engine, uptime and version, never cached', async () => {
		const res = await fetch(`${baseUrl}/healthz`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/application\/json/);
		expect(res.headers.get('cache-control')).toBe('no-store');
		const body = (await res.json()) as Health;
		expect(body).toMatchObject({
			status: 'ok',
			database: { ok: true },
			search: { engine: 'sqlite', ok: true, degraded: false },
			version
		});
		expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
		expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
		// Only approved organisations and their innovations are indexed (docs/security.md).
		const [{ indexed }] = queryDemo<{ indexed: number }>(
			databasePath,
			`select (select count(*) from organisation where moderation = 'approved') +
			 (select count(*) from innovation i join organisation o on o.id = i.organisation_id
			  where o.moderation = 'approved') as indexed`
		);
		expect(body.search.documents).toBe(indexed);
	});

	it('is public, for anonymous probes, and refuses writes', async () => {
		const res = await fetch(`${baseUrl}/healthz`, { headers: { cookie: 'session=forged.token' } });
		expect(res.status).toBe(200);
		const post = await fetch(`${baseUrl}/healthz`, {
			method: 'POST',
			headers: { origin: baseUrl }
		});
		expect(post.status).toBe(405);
	});
});
