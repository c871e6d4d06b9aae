import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, type Db } from '../../../src/lib/server/db/client';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { DEFAULT_QUERY, SearchEngineError } from '../../../src/lib/server/search/engine';
import { FallbackSearchEngine } from '../../../src/lib/server/search/engines';
import { MeilisearchEngine } from '../../../src/lib/server/search/meilisearch/engine';
import { MEILI_SETTINGS } from '../../../src/lib/server/search/meilisearch/settings';
import { SqliteSearchEngine } from '../../../src/lib/server/search/sqlite/engine';
import {
	drainEngine,
	drainOutbox,
	enqueueSearchDocument,
	failedOutboxRows,
	MAX_ATTEMPTS,
	reindexAll
} from '../../../src/lib/server/search/sync';
import { startMeiliStub, type MeiliStub } from '../../support/meili-stub';
import { seedCatalogue } from './db-fixture';
import { FIXTURE_DOCUMENTS } from './fixtures';

/** Issue 17, item by item, against the stub server (tests/support/meili-stub.ts). */
let stub: MeiliStub;
let n = 0;
const uid = () => `issue17_${process.pid}_${++n}`;
const meili = (options: Partial<ConstructorParameters<typeof MeilisearchEngine>[0]> = {}) =>
	new MeilisearchEngine({ host: stub.url, indexUid: uid(), ...options });
const search = (engine: { search: MeilisearchEngine['search'] }, q: string, extra = {}) =>
	engine.search({ ...DEFAULT_QUERY, q, ...extra });
const until = async (check: () => Promise<boolean>, ms = 3_000) => {
	const end = Date.now() + ms;
	while (!(await check())) {
		if (Date.now() > end) throw new Error('condition not reached');
		await new Promise((r) => setTimeout(r, 20));
	}
};

beforeAll(async () => {
	stub = await startMeiliStub();
});
afterAll(() => stub.stop());
afterEach(() => {
	stub.holdTasks = false;
	stub.failRequest = null;
	stub.rejectDocument = null;
	vi.restoreAllMocks();
});

describe('settings that heal', () => {
	it('applies the settings before the first write, so the first search has its facets', async () => {
		const engine = meili();
		await engine.upsert(FIXTURE_DOCUMENTS);
		const index = stub.indexes.get(engine.uid)!;
		expect(index.settings.filterableAttributes).toEqual(MEILI_SETTINGS.filterableAttributes);
		const result = await search(engine, 'hidrogeno');
		expect(result.facets.country).toEqual({ CL: 2 });
	});

	it('applies them again after index_not_found, and after invalid_search_facets', async () => {
		const engine = meili();
		await engine.upsert(FIXTURE_DOCUMENTS);
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		// The index is lost (a new server, a volume wiped): the search fails once, then heals.
		stub.indexes.delete(engine.uid);
		await expect(search(engine, 'solar')).rejects.toMatchObject({
			details: { code: 'index_not_found' }
		});
		await until(async () => stub.indexes.get(engine.uid)?.settings.sortableAttributes.length === 2);
		// Documents added while the index was gone recreated it with default settings.
		stub.indexes.get(engine.uid)!.settings.filterableAttributes = [];
		await expect(search(engine, 'solar')).rejects.toMatchObject({
			details: { code: 'invalid_search_facets' }
		});
		await until(
			async () => stub.indexes.get(engine.uid)?.settings.filterableAttributes.length === 5
		);
		await engine.upsert(FIXTURE_DOCUMENTS);
		expect((await search(engine, 'solar')).hits[0].slug).toBe('solaris-energia');
	});

	it('reports unhealthy when the index is missing or its settings differ', async () => {
		const engine = meili();
		expect(await engine.health()).toMatchObject({ ok: false, message: /does not exist/ });
		await engine.applySettings();
		expect((await engine.health()).ok).toBe(true);
		stub.indexes.get(engine.uid)!.settings.sortableAttributes = [];
		expect(await engine.health()).toMatchObject({ ok: false, message: /sortableAttributes/ });
	});

	it('treats index_already_exists from a second process as success', async () => {
		const id = uid();
		const a = new MeilisearchEngine({ host: stub.url, indexUid: id });
		const b = new MeilisearchEngine({ host: stub.url, indexUid: id });
		await Promise.all([a.applySettings(), b.applySettings()]);
		const creations = stub.tasks.filter((t) => t.type === 'indexCreation' && t.indexUid === id);
		expect(creations.map((t) => t.error?.code ?? t.status)).toContain('index_already_exists');
	});

	it('does not take an error of the existence check for "no index"', async () => {
		const engine = meili();
		stub.failRequest = (method, path) =>
			method === 'GET' && path === `/indexes/${engine.uid}`
				? { status: 503, code: 'internal' }
				: null;
		const before = stub.requested('POST', /^\/indexes$/).length;
		await expect(engine.applySettings()).rejects.toMatchObject({ kind: 'outage' });
		expect(stub.requested('POST', /^\/indexes$/).length).toBe(before);
		const locked = new MeilisearchEngine({ host: stub.url, indexUid: engine.uid, apiKey: 'x' });
		stub.failRequest = () => ({ status: 403, code: 'invalid_api_key' });
		await expect(locked.applySettings()).rejects.toMatchObject({ kind: 'rejected' });
		expect(stub.requested('POST', /^\/indexes$/).length).toBe(before);
	});
});

describe('outages degrade, 4xx are bugs', () => {
	let db: Db;
	beforeEach(async () => {
		db = createDb(':memory:');
		await migrateToLatest(db);
	});
	afterEach(() => db.destroy());

	const fallback = async () => {
		const primary = meili();
		const engine = new FallbackSearchEngine(primary, new SqliteSearchEngine(db), 2_000);
		await engine.upsert(FIXTURE_DOCUMENTS);
		return engine;
	};
	const searches = () => stub.requested('POST', /^\/multi-search$/).length;

	it('logs a rejected search with its request and asks Meilisearch again next time', async () => {
		const engine = await fallback();
		const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		stub.failRequest = (_m, path) =>
			path === '/multi-search' ? { status: 400, code: 'bad_request' } : null;
		const before = searches();
		const first = await search(engine, 'solar');
		expect(first).toMatchObject({ engine: 'sqlite', degraded: true });
		expect(errors).toHaveBeenCalledWith(
			expect.stringMatching(/HTTP 400.*bad_request.*"q":"solar"/s)
		);
		stub.failRequest = null;
		const second = await search(engine, 'solar');
		expect(second).toMatchObject({ engine: 'meilisearch', degraded: false });
		expect(searches()).toBe(before + 2);
	});

	it('leaves Meilisearch alone for a while after a 5xx', async () => {
		const engine = await fallback();
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		stub.failRequest = (_m, path) =>
			path === '/multi-search' ? { status: 503, code: 'internal' } : null;
		const before = searches();
		expect(await search(engine, 'solar')).toMatchObject({ degraded: true });
		stub.failRequest = null;
		expect(await search(engine, 'solar')).toMatchObject({ degraded: true });
		expect(searches()).toBe(before + 1);
	});
});

describe('the outbox, per engine', () => {
	let db: Db;
	beforeEach(async () => {
		db = createDb(':memory:');
		await migrateToLatest(db);
		await seedCatalogue(db);
	});
	afterEach(() => db.destroy());

	const enqueueAll = async () => {
		for (const id of [1, 2, 3]) await enqueueSearchDocument(db, 'organisation', id);
		await enqueueSearchDocument(db, 'innovation', 1);
	};

	it('keeps the embedded index current, deletions too, while Meilisearch is down', async () => {
		const embedded = new SqliteSearchEngine(db);
		const engine = new FallbackSearchEngine(meili(), embedded, 300);
		await reindexAll(db, engine);
		stub.failWith = 503;
		try {
			for (let i = 0; i < 250; i++) await enqueueSearchDocument(db, 'organisation', 1);
			await db.deleteFrom('innovation').where('id', '=', 1).execute();
			await enqueueSearchDocument(db, 'innovation', 1, 'delete');
			const result = await drainOutbox(db, engine, { batchSize: 100 });
			expect(result.engines?.meilisearch.error).toMatch(/503/);
			expect(result.engines?.sqlite).toEqual({ processed: 251, failed: 0 });
			expect((await search(embedded, 'fisuras')).hits).toEqual([]);
			// A second drain does not write the embedded index again (its cache survives).
			const version = vi.spyOn(embedded, 'upsert');
			await drainOutbox(db, engine, { batchSize: 100 });
			expect(version).not.toHaveBeenCalled();
		} finally {
			stub.failWith = null;
		}
		const back = await drainOutbox(db, engine, { batchSize: 100 });
		expect(back.failed).toBe(0);
		expect(await db.selectFrom('outbox').selectAll().execute()).toEqual([]);
	});

	it('splits a rejected batch, lets the other rows through, and sets the rejected row aside after N tries', async () => {
		const engine = meili();
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		stub.rejectDocument = (doc) =>
			doc.id === 'organisation-2' ? 'index_primary_key_already_exists' : null;
		await enqueueAll();
		const first = await drainEngine(db, engine, { batchSize: 4 });
		expect(first).toMatchObject({ processed: 3, failed: 1 });
		expect(await engine.count()).toBe(3);
		for (let i = 2; i < MAX_ATTEMPTS; i++) await drainEngine(db, engine);
		expect(await failedOutboxRows(db)).toEqual([]);
		const last = await drainEngine(db, engine);
		expect(last).toMatchObject({ failed: 0, setAside: 1 });
		const [aside] = await failedOutboxRows(db);
		expect(aside).toMatchObject({
			engine: 'meilisearch',
			doc_type: 'organisation',
			doc_id: 2,
			attempts: MAX_ATTEMPTS,
			error: expect.stringMatching(/index_primary_key_already_exists/)
		});
		// New rows are not held behind it.
		await enqueueSearchDocument(db, 'organisation', 3);
		expect(await drainEngine(db, engine)).toEqual({ processed: 1, failed: 0 });
	});

	it('backs off a rejected row by its attempts', async () => {
		const engine = meili();
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		stub.rejectDocument = (doc) => (doc.id === 'organisation-2' ? 'invalid_document_id' : null);
		await enqueueSearchDocument(db, 'organisation', 2);
		await drainEngine(db, engine);
		const row = await db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
		expect(row.attempts).toBe(1);
		expect(row.retry_at).toBeGreaterThan(Date.now() / 1000);
		// The background drain respects it: nothing is sent until then.
		const sent = stub.requested('POST', /documents$/).length;
		expect(await drainEngine(db, engine, { respectBackoff: true })).toEqual({
			processed: 0,
			failed: 0
		});
		expect(stub.requested('POST', /documents$/).length).toBe(sent);
	});

	it('waits on a slow task by its own state and never sends its documents again', async () => {
		const engine = meili({ taskBaseMs: 100, taskPerDocumentMs: 0 });
		await engine.applySettings();
		await enqueueAll();
		stub.holdTasks = true;
		const first = await drainEngine(db, engine);
		expect(first.error).toMatch(/still processing/);
		const state = await db
			.selectFrom('search_sync_state')
			.selectAll()
			.where('engine', '=', 'meilisearch')
			.executeTakeFirstOrThrow();
		expect(JSON.parse(state.pending_tasks ?? '[]')).toHaveLength(1);
		stub.release();
		const sent = stub.requested('POST', /documents$/).length;
		expect(await drainEngine(db, engine)).toEqual({ processed: 4, failed: 0 });
		expect(stub.requested('POST', /documents$/).length).toBe(sent);
		expect(await engine.count()).toBe(4);
	});

	it('gives a large batch a larger budget than a small one', async () => {
		const engine = meili({ taskBaseMs: 50, taskPerDocumentMs: 20 });
		await engine.applySettings();
		stub.holdTasks = true;
		setTimeout(() => stub.release(), 300);
		const small = engine.apply(FIXTURE_DOCUMENTS.slice(0, 1), []);
		await expect(small).rejects.toMatchObject({ kind: 'pending' });
		stub.holdTasks = true;
		setTimeout(() => stub.release(), 300);
		const many = Array.from({ length: 40 }, (_, i) => ({
			...FIXTURE_DOCUMENTS[0],
			id: `organisation-${100 + i}`
		}));
		await expect(engine.apply(many, [])).resolves.toBeUndefined();
	});

	it('reindexes through a temporary index and a swap: search never sees an empty index', async () => {
		const engine = meili();
		await reindexAll(db, engine);
		expect(await engine.count()).toBe(4);
		const before = stub.requested(
			'DELETE',
			new RegExp(`^/indexes/${engine.uid}/documents$`)
		).length;
		await reindexAll(db, engine);
		expect(stub.requested('DELETE', new RegExp(`^/indexes/${engine.uid}/documents$`)).length).toBe(
			before
		);
		const swaps = stub.requested('POST', /^\/swap-indexes$/);
		expect(swaps.at(-1)?.body).toEqual([
			{ indexes: [engine.uid, `${engine.uid}_rebuild`], rename: false }
		]);
		expect(await engine.count()).toBe(4);
		expect(stub.indexes.has(`${engine.uid}_rebuild`)).toBe(false);
		expect(stub.indexes.get(engine.uid)!.settings.rankingRules).toEqual(
			MEILI_SETTINGS.rankingRules
		);
	});
});

describe('the same answers as the embedded engine', () => {
	it('treats quotes and a leading minus as text', async () => {
		const engine = meili();
		await engine.upsert(FIXTURE_DOCUMENTS);
		const plain = (await search(engine, 'solar')).hits.map((h) => h.slug);
		expect((await search(engine, '-solar')).hits.map((h) => h.slug)).toEqual(plain);
		expect((await search(engine, '"solar"')).hits.map((h) => h.slug)).toEqual(plain);
		const [request] = stub.requested('POST', /^\/multi-search$/).slice(-1);
		expect(JSON.stringify(request.body)).not.toMatch(/\\"solar|-solar/);
	});

	it('sends matchingStrategy all, and last only when all finds nothing', async () => {
		const engine = meili();
		await engine.upsert(FIXTURE_DOCUMENTS);
		const strategies = async (q: string) => {
			const before = stub.requested('POST', /^\/multi-search$/).length;
			const result = await search(engine, q);
			const sent = stub.requested('POST', /^\/multi-search$/).slice(before);
			const used = sent.map(
				(r) => (r.body as { queries: { matchingStrategy: string }[] }).queries[0].matchingStrategy
			);
			return { result, used };
		};
		// Every word: only the documents that have both, counted as the embedded engine counts.
		const all = await strategies('hidrogeno electrolizador');
		expect(all.used).toEqual(['all']);
		expect(all.result.hits.map((h) => h.slug)).toEqual(['electrolizador-modular']);
		// Nothing has both: the first words alone, as the embedded engine falls back.
		const last = await strategies('hidrogeno camiones');
		expect(last.used).toEqual(['all', 'last']);
		expect(last.result.estimatedTotalHits).toBe(2);
	});

	it('strips the highlight markers from indexed text and lone surrogates from queries', async () => {
		const engine = meili();
		const doc = {
			...FIXTURE_DOCUMENTS[0],
			id: 'organisation-90',
			slug: 'markers',
			summary_es: 'Flotas \ue001 autónomas \ue000 de camiones'
		};
		await engine.upsert([doc]);
		const stored = stub.indexes.get(engine.uid)!.docs.get('organisation-90')!;
		expect(JSON.stringify(stored)).not.toMatch(/\\ue00[01]/);
		const [hit] = (await search(engine, 'flotas')).hits;
		expect(hit.snippet.match(/<mark>/g)?.length).toBe(hit.snippet.match(/<\/mark>/g)?.length);
		const result = await search(engine, 'flotas\ud800');
		expect(result.hits.map((h) => h.slug)).toContain('markers');
	});

	it('declares localizedAttributes for the Spanish and English fields', async () => {
		const engine = meili();
		await engine.applySettings();
		expect(stub.indexes.get(engine.uid)!.settings.localizedAttributes).toEqual([
			{ attributePatterns: ['*_es'], locales: ['spa'] },
			{ attributePatterns: ['*_en'], locales: ['eng'] }
		]);
	});

	it('answers "did you mean" from the embedded vocabulary', async () => {
		const db = createDb(':memory:');
		await migrateToLatest(db);
		const engine = new FallbackSearchEngine(meili(), new SqliteSearchEngine(db), 2_000);
		await engine.upsert(FIXTURE_DOCUMENTS);
		expect(await search(engine, 'slar')).toMatchObject({
			engine: 'meilisearch',
			suggestion: 'solar'
		});
		await db.destroy();
	});
});

describe('errors as SearchEngineErrors', () => {
	it('names the failed task and its code', async () => {
		const engine = meili();
		stub.rejectDocument = () => 'invalid_document_id';
		const err = await engine.upsert(FIXTURE_DOCUMENTS).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(SearchEngineError);
		expect(err).toMatchObject({ kind: 'rejected', details: { code: 'invalid_document_id' } });
	});
});
