import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMeiliStub, type MeiliStub } from '../../support/meili-stub';
import { startServer, type RunningServer } from '../../support/server';

/**
 * The built server with SEARCH_ENGINE=meilisearch against the stub (tests/support/
 * meili-stub.ts): it fills the index at start-up, answers from Meilisearch, returns the
 * disjunctive facet counts of the Search API, and shows the organiser the outbox rows
 * that Meilisearch kept rejecting.
 */
let stub: MeiliStub;
let server: RunningServer;

beforeAll(async () => {
	stub = await startMeiliStub({ masterKey: 'integration-key' });
	server = await startServer({
		SEARCH_ENGINE: 'meilisearch',
		MEILI_HOST: stub.url,
		MEILI_API_KEY: 'integration-key'
	});
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		const health = (await (await fetch(`${server.baseUrl}/healthz`)).json()) as {
			search?: { ok: boolean };
		};
		if (health.search?.ok && (stub.indexes.get('catalogue')?.docs.size ?? 0) > 0) break;
		await new Promise((r) => setTimeout(r, 250));
	}
}, 120_000);
afterAll(async () => {
	await server?.stop();
	await stub?.stop();
});

interface Body {
	engine: string;
	degraded: boolean;
	estimatedTotalHits: number;
	facets: Record<string, Record<string, number>>;
}

const searchApi = async (query: string) => {
	const res = await fetch(`${server.baseUrl}/api/search?${query}`);
	return { status: res.status, body: (await res.json()) as Body };
};

describe('search on Meilisearch (the stub)', () => {
	it('fills the index with its settings at start-up and answers from it', async () => {
		expect(stub.indexes.get('catalogue')?.settings.filterableAttributes).toContain('country');
		const { status, body } = await searchApi('q=');
		expect(status).toBe(200);
		expect(body).toMatchObject({ engine: 'meilisearch', degraded: false });
		expect(body.estimatedTotalHits).toBe(stub.indexes.get('catalogue')?.docs.size);
	});

	it('keeps the other countries counted when one is ticked (OR within a facet)', async () => {
		const all = await searchApi('q=');
		const countries = Object.keys(all.body.facets.country);
		expect(countries.length).toBeGreaterThan(1);
		const [first, second] = countries;
		const one = await searchApi(`q=&country=${first}`);
		expect(one.body.engine).toBe('meilisearch');
		expect(one.body.facets.country).toEqual(all.body.facets.country);
		const two = await searchApi(`q=&country=${first}&country=${second}`);
		expect(two.body.estimatedTotalHits).toBe(
			all.body.facets.country[first] + all.body.facets.country[second]
		);
	});

	it('shows the organiser the rows Meilisearch kept rejecting', async () => {
		const db = new Database(server.databasePath);
		db.prepare(
			`INSERT INTO outbox_failed (engine, outbox_id, doc_type, doc_id, op, attempts, error)
			 VALUES ('meilisearch', 1, 'organisation', 4242, 'upsert', 5, ?)`
		).run('Meilisearch document batch (task 9) failed: invalid_document_id');
		db.close();
		const login = await fetch(`${server.baseUrl}/login?/login`, {
			method: 'POST',
			headers: {
				accept: 'text/html',
				origin: server.baseUrl,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({
				email: 'organizador@extemin.pe',
				password: 'extemin-demo-2027',
				redirectTo: '/admin'
			}).toString(),
			redirect: 'manual'
		});
		const cookie = /(session=[^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? '';
		expect(cookie).not.toBe('');
		const page = await fetch(`${server.baseUrl}/admin`, { headers: { cookie } });
		const html = await page.text();
		expect(page.status).toBe(200);
		expect(html).toContain('Cambios que el buscador rechazó');
		expect(html).toContain('Organización 4242');
		expect(html).toContain('invalid_document_id');
	});
});
