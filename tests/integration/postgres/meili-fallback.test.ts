/**
 * A built server on PostgreSQL with Meilisearch in front (integration-pg project): the page
 * and the Search API answer 200 with results from Meilisearch while it is up, from
 * PostgreSQL's full-text engine while Meilisearch answers 503 or is stopped, and from
 * Meilisearch again once it is back. Meilisearch is the stub of tests/support; the server
 * joins the demo database of the project's global setup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMeiliStub, type MeiliStub } from '../../support/meili-stub';
import { startServer, type RunningServer } from '../../support/server';
import { sharedServer } from '../../support/shared-server';

const url = sharedServer().databasePath;
let stub: MeiliStub;
let port: number;
let server: RunningServer;
/** The title of one catalogue entry (the query that finds it) and its slug (in the page's link). */
let title: string;
let slug: string;
/** How long the server leaves Meilisearch alone after a failure (search/engines.ts), plus margin. */
const RETRY_MS = 5_500;
const DEGRADED_ES = 'La búsqueda funciona en modo de respaldo';

interface Body {
	engine: string;
	degraded: boolean;
	estimatedTotalHits: number;
	hits: { title: string; slug: string }[];
}

const api = async (q: string) => {
	const res = await fetch(`${server.baseUrl}/api/search?${new URLSearchParams({ q })}`);
	return { status: res.status, body: (await res.json()) as Body };
};
const page = async (q: string) => {
	const res = await fetch(`${server.baseUrl}/exhibitors?${new URLSearchParams({ q })}`, {
		headers: { accept: 'text/html' }
	});
	return { status: res.status, html: await res.text() };
};
const searchesSeen = () => stub.requested('POST', /^\/multi-search$/).length;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The Search API's answer once Meilisearch gives it. On a loaded machine the stub may miss
 * the server's 800 ms budget and PostgreSQL answers that one (correctly, degraded); the
 * server then asks Meilisearch again after its 5 s pause, so this asks for up to 30 s.
 */
async function fromMeilisearch(q: string) {
	const deadline = Date.now() + 30_000;
	for (;;) {
		const before = searchesSeen();
		const reply = await api(q);
		expect(reply.status).toBe(200);
		if (reply.body.engine === 'meilisearch' || Date.now() > deadline) {
			expect(searchesSeen()).toBeGreaterThan(before);
			return reply;
		}
		await sleep(1_000);
	}
}

beforeAll(async () => {
	stub = await startMeiliStub();
	port = Number(new URL(stub.url).port);
	server = await startServer({
		DATABASE_URL: url,
		SEED: 'none',
		SEARCH_ENGINE: 'auto',
		MEILI_HOST: stub.url
	});
	// The server fills the empty Meilisearch index from the database at start-up.
	const deadline = Date.now() + 60_000;
	while ((stub.indexes.get('catalogue')?.docs.size ?? 0) === 0 || stub.tasks.some(pending)) {
		if (Date.now() > deadline) throw new Error('the server did not fill Meilisearch');
		await sleep(250);
	}
	const browse = await api('');
	expect(browse.body.engine).toBe('meilisearch');
	({ title, slug } = browse.body.hits[0]);
}, 120_000);
afterAll(async () => {
	await server?.stop();
	await stub?.stop().catch(() => undefined);
});

const pending = (t: { status: string }) => t.status === 'enqueued' || t.status === 'processing';

describe('Meilisearch in front of PostgreSQL', () => {
	it('answers from Meilisearch while it is up', async () => {
		const { body } = await fromMeilisearch(title);
		expect(body).toMatchObject({ engine: 'meilisearch', degraded: false });
		expect(body.hits.map((h) => h.title)).toContain(title);
		const html = await page(title);
		expect(html.status).toBe(200);
		expect(html.html).toContain(slug);
	}, 60_000);

	it("answers 200 from PostgreSQL's full-text engine while Meilisearch answers 503", async () => {
		stub.failWith = 503;
		try {
			const { status, body } = await api(title);
			expect(status).toBe(200);
			expect(body).toMatchObject({ engine: 'postgres', degraded: true });
			expect(body.hits.map((h) => h.title)).toContain(title);
			const html = await page(title);
			expect(html.status).toBe(200);
			expect(html.html).toContain(slug);
			expect(html.html).toContain(DEGRADED_ES);
		} finally {
			stub.failWith = null;
		}
	});

	it('answers 200 from PostgreSQL while Meilisearch is stopped, and from Meilisearch once it is back', async () => {
		await stub.stop();
		// Past the pause, so the server asks Meilisearch again and finds nobody listening.
		await sleep(RETRY_MS);
		const down = await api(title);
		expect(down.status).toBe(200);
		expect(down.body).toMatchObject({ engine: 'postgres', degraded: true });
		expect(down.body.hits.map((h) => h.title)).toContain(title);
		const html = await page(title);
		expect(html.status).toBe(200);
		expect(html.html).toContain(slug);

		await stub.start(port);
		await sleep(RETRY_MS);
		const back = await fromMeilisearch(title);
		expect(back.body).toMatchObject({ engine: 'meilisearch', degraded: false });
		expect(back.body.hits.map((h) => h.title)).toContain(title);
	}, 60_000);
});
