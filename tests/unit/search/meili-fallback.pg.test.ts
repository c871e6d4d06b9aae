/**
 * Meilisearch in front of PostgreSQL (issue 15, unit-pg project): with DATABASE_URL on
 * PostgreSQL and MEILI_HOST set, Meilisearch answers and PostgreSQL's full-text engine is the
 * fallback (not the SQLite engine, and not an error) while Meilisearch answers 503 or is
 * stopped; once it is back, it answers again. Meilisearch is the stub of tests/support.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import { dialectOf } from '../../../src/lib/server/db/portable';
import {
	DEFAULT_QUERY,
	FallbackSearchEngine,
	getSearch,
	reindexAll,
	searchCatalogue,
	type SearchSetup
} from '../../../src/lib/server/search';
import { PostgresSearchEngine } from '../../../src/lib/server/search/postgres/engine';
import { startMeiliStub, type MeiliStub } from '../../support/meili-stub';
import { testDb } from '../../support/test-db';
import { seedCatalogue } from './db-fixture';

let db: Db;
let stub: MeiliStub;
let port: number;
let setup: SearchSetup;
const saved = { MEILI_HOST: process.env.MEILI_HOST, SEARCH_ENGINE: process.env.SEARCH_ENGINE };
/** Moves the engine's clock past the pause it leaves Meilisearch alone after a failure. */
let skew = 0;
const realNow = Date.now.bind(Date);

beforeAll(async () => {
	db = await testDb();
	await seedCatalogue(db);
	stub = await startMeiliStub();
	port = Number(new URL(stub.url).port);
	process.env.MEILI_HOST = stub.url;
	delete process.env.SEARCH_ENGINE;
	setup = getSearch(db);
	await reindexAll(db, setup.engine);
	vi.spyOn(Date, 'now').mockImplementation(() => realNow() + skew);
}, 60_000);
afterAll(async () => {
	vi.restoreAllMocks();
	for (const [key, value] of Object.entries(saved)) {
		if (value === undefined) delete process.env[key];
		else process.env[key] = value;
	}
	await stub.stop().catch(() => undefined);
	await db.destroy();
});

const searchesSeen = () => stub.requested('POST', /^\/multi-search$/).length;
const search = () => searchCatalogue({ ...DEFAULT_QUERY, q: 'fisuras' }, db, setup.engine);

describe('Meilisearch with PostgreSQL behind it', () => {
	it('is the engine, with the PostgreSQL engine (same database) as its fallback', () => {
		expect(dialectOf(db)).toBe('postgres');
		expect(setup.engine).toBeInstanceOf(FallbackSearchEngine);
		const fallback = setup.engine as FallbackSearchEngine;
		expect(fallback.embedded).toBeInstanceOf(PostgresSearchEngine);
		expect(fallback.embedded).toBe(setup.embedded);
		expect(stub.indexes.get('catalogue')?.docs.size).toBe(4);
	});

	it('answers from Meilisearch while it is up', async () => {
		const before = searchesSeen();
		const result = await search();
		expect(result).toMatchObject({ engine: 'meilisearch', degraded: false });
		expect(result.hits.map((h) => h.slug)).toEqual(['crack-detection']);
		expect(searchesSeen()).toBe(before + 1);
	});

	it("answers from PostgreSQL's full-text engine while Meilisearch answers 503", async () => {
		stub.failWith = 503;
		try {
			const result = await search();
			expect(result).toMatchObject({ engine: 'postgres', degraded: true });
			expect(result.hits.map((h) => h.slug)).toEqual(['crack-detection']);
			expect(result.hits[0].title).toBeTruthy();
		} finally {
			stub.failWith = null;
		}
	});

	it('answers from PostgreSQL while Meilisearch is stopped, and from Meilisearch once it is back', async () => {
		await stub.stop();
		skew += 6_000;
		const down = await search();
		expect(down).toMatchObject({ engine: 'postgres', degraded: true });
		expect(down.hits.map((h) => h.slug)).toEqual(['crack-detection']);
		// Still down a moment later: PostgreSQL answers without waiting for Meilisearch again.
		const started = performance.now();
		expect(await search()).toMatchObject({ engine: 'postgres', degraded: true });
		expect(performance.now() - started).toBeLessThan(500);

		await stub.start(port);
		skew += 6_000;
		const before = searchesSeen();
		const back = await search();
		expect(back).toMatchObject({ engine: 'meilisearch', degraded: false });
		expect(back.hits.map((h) => h.slug)).toEqual(['crack-detection']);
		expect(searchesSeen()).toBe(before + 1);
	});
});
