import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../src/lib/server/db/client';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { DEFAULT_QUERY } from '../../../src/lib/server/search/engine';
import { FallbackSearchEngine } from '../../../src/lib/server/search/engines';
import { MeilisearchEngine } from '../../../src/lib/server/search/meilisearch/engine';
import { SqliteSearchEngine } from '../../../src/lib/server/search/sqlite/engine';
import {
	drainOutbox,
	enqueueSearchDocument,
	reindexAll
} from '../../../src/lib/server/search/sync';
import { seedCatalogue } from './db-fixture';

/** A "Meilisearch" that accepts connections and never answers: the worst way to be down. */
let silent: Server;
let silentUrl: string;
let db: Db;

beforeAll(async () => {
	silent = createServer(() => undefined);
	await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
	silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
	db = createDb(':memory:');
	await migrateToLatest(db);
	await seedCatalogue(db);
});
afterAll(async () => {
	silent.closeAllConnections();
	await new Promise((resolve) => silent.close(resolve));
	await db.destroy();
});

function fallback(host: string) {
	const embedded = new SqliteSearchEngine(db);
	const primary = new MeilisearchEngine({ host, timeoutMs: 1_000 });
	return { engine: new FallbackSearchEngine(primary, embedded, 300), embedded };
}

describe('Meilisearch down', () => {
	it('answers from the embedded index, degraded, within the timeout', async () => {
		const { engine, embedded } = fallback(silentUrl);
		await embedded.upsert([]);
		await reindexAll(db, embedded);
		const started = Date.now();
		const result = await engine.search({ ...DEFAULT_QUERY, q: 'fisuras' });
		expect(Date.now() - started).toBeLessThan(1_000);
		expect(result).toMatchObject({ engine: 'sqlite', degraded: true });
		expect(result.hits.map((h) => h.slug)).toEqual(['crack-detection']);
		// Once marked down, the next search does not wait for Meilisearch again.
		const again = Date.now();
		await engine.search({ ...DEFAULT_QUERY, q: 'fisuras' });
		expect(Date.now() - again).toBeLessThan(200);
	});

	it('keeps the embedded index current and the outbox rows for later', async () => {
		const { engine, embedded } = fallback('http://127.0.0.1:9');
		await embedded.clear();
		await enqueueSearchDocument(db, 'organisation', 3);
		const result = await drainOutbox(db, engine);
		expect(result.failed).toBe(1);
		expect(await embedded.count()).toBe(1);
		const rows = await db.selectFrom('outbox').selectAll().execute();
		expect(rows).toHaveLength(1);
		expect(rows[0].attempts).toBe(1);
	});

	it('rebuilds the embedded index and marks Meilisearch for a rebuild (not a requeue) when reindexing without it', async () => {
		const { engine, embedded } = fallback('http://127.0.0.1:9');
		await db.deleteFrom('outbox').execute();
		const result = await reindexAll(db, engine);
		expect(result).toMatchObject({ documents: 4, queued: 4 });
		expect(result.error).toMatch(/^Meilisearch/);
		expect(await embedded.count()).toBe(4);
		expect(await db.selectFrom('outbox').selectAll().execute()).toHaveLength(0);
		const state = await db
			.selectFrom('search_sync_state')
			.selectAll()
			.where('engine', '=', 'meilisearch')
			.executeTakeFirstOrThrow();
		expect(state).toMatchObject({ needs_rebuild: 1, last_error: expect.stringMatching(/./) });
		expect(state.retry_at).toBeGreaterThan(Date.now() / 1000);
		await db.deleteFrom('search_sync_state').execute();
	});

	it('reports itself unhealthy', async () => {
		const { engine } = fallback('http://127.0.0.1:9');
		expect((await engine.health()).ok).toBe(false);
	});
});
