import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../src/lib/server/db/client';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { importCatalogue } from '../../../src/lib/server/catalogue/import';
import {
	DEFAULT_QUERY,
	documentId,
	emptyFacets,
	type EngineHealth,
	type SearchDocument,
	type SearchEngine,
	type SearchQuery,
	type SearchResponse
} from '../../../src/lib/server/search/engine';
import { SqliteSearchEngine } from '../../../src/lib/server/search/sqlite/engine';
import { drainOutbox, reindexAll } from '../../../src/lib/server/search/sync';
import { seedCatalogue } from '../search/db-fixture';

/**
 * search-resync (docs/security.md): writes made while the search engine is down stay in the
 * outbox; once it is back, replaying the outbox (twice, and again after a crash that left
 * delivered rows behind) gives an index with exactly the database's records, no duplicates.
 */

/** A remote engine that can be switched off, storing documents as a list, as a naive index would. */
class SwitchableEngine implements SearchEngine {
	readonly name = 'meilisearch' as const;
	down = false;
	documents: SearchDocument[] = [];
	upserts = 0;

	private check() {
		if (this.down) throw new Error('connect ECONNREFUSED 127.0.0.1:7700');
	}
	async applySettings() {
		this.check();
	}
	async upsert(documents: SearchDocument[]) {
		this.check();
		this.upserts += documents.length;
		for (const doc of documents) {
			const at = this.documents.findIndex((d) => d.id === doc.id);
			if (at >= 0) this.documents[at] = doc;
			else this.documents.push(doc);
		}
	}
	async delete(ids: string[]) {
		this.check();
		this.documents = this.documents.filter((d) => !ids.includes(d.id));
	}
	async clear() {
		this.check();
		this.documents = [];
	}
	async count() {
		this.check();
		return this.documents.length;
	}
	async health(): Promise<EngineHealth> {
		return { ok: !this.down, engine: this.name };
	}
	async search(query: SearchQuery): Promise<SearchResponse> {
		this.check();
		return {
			query: query.q,
			engine: this.name,
			degraded: false,
			estimatedTotalHits: this.documents.length,
			processingTimeMs: 0,
			hits: [],
			facets: emptyFacets()
		};
	}
}

let db: Db;

beforeEach(async () => {
	db = createDb(':memory:');
	await migrateToLatest(db);
	await seedCatalogue(db);
});
afterEach(() => db.destroy());

function importFile(from: number, count: number) {
	const organisations = Array.from({ length: count }, (_, i) => ({
		slug: `resync-${from + i}`,
		name: `Resync ${from + i} S.A.C.`,
		kind: 'startup',
		country: 'PE',
		sectors: ['ai'],
		tags: [],
		description: { es: 'Escrita mientras el buscador no respondía.' }
	}));
	const innovations = organisations.map((o) => ({
		slug: `${o.slug}-innovacion`,
		organisation: o.slug,
		title: { es: `Innovación de ${o.name}` },
		sector: 'ai'
	}));
	return { organisations, innovations };
}

/** The index every engine must end with: one document per organisation and innovation. */
async function expectedIds(): Promise<string[]> {
	const orgs = await db.selectFrom('organisation').select('id').execute();
	const innovations = await db.selectFrom('innovation').select('id').execute();
	return [
		...orgs.map((o) => documentId('organisation', o.id)),
		...innovations.map((i) => documentId('innovation', i.id))
	].sort();
}

const outboxRows = () => db.selectFrom('outbox').selectAll().execute();

describe('search-resync', () => {
	it('keeps writes made while the engine is down, then replays them twice without duplicates', async () => {
		const engine = new SwitchableEngine();
		await reindexAll(db, engine);
		expect(engine.documents).toHaveLength((await expectedIds()).length);

		engine.down = true;
		for (const batch of [0, 30, 60]) {
			const result = await importCatalogue(db, importFile(batch, 30));
			expect(result.ok).toBe(true);
			const drained = await drainOutbox(db, engine, { batchSize: 25 });
			expect(drained.error).toMatch(/ECONNREFUSED/);
		}
		await db.deleteFrom('innovation').where('slug', '=', 'resync-5-innovacion').execute();
		await db
			.insertInto('outbox')
			.values({ doc_type: 'innovation', doc_id: 999_999, op: 'delete' })
			.execute();
		const waiting = await outboxRows();
		expect(waiting.length).toBeGreaterThanOrEqual(180);
		// A failing batch ends the drain: the oldest rows carry the three failed attempts.
		expect(waiting[0]).toMatchObject({
			attempts: 3,
			last_error: expect.stringMatching(/ECONNREFUSED/)
		});

		engine.down = false;
		const first = await drainOutbox(db, engine, { batchSize: 25 });
		expect(first).toMatchObject({ failed: 0 });
		const second = await drainOutbox(db, engine, { batchSize: 25 });
		expect(second).toEqual({ processed: 0, failed: 0 });

		const ids = engine.documents.map((d) => d.id).sort();
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual(await expectedIds());
		expect(await outboxRows()).toHaveLength(0);
	});

	it('replays rows a crash left behind after delivery: same index, no duplicates', async () => {
		const engine = new SwitchableEngine();
		await reindexAll(db, engine);
		await importCatalogue(db, importFile(0, 40));
		const delivered = await outboxRows();
		await drainOutbox(db, engine);
		const before = engine.documents.map((d) => d.id).sort();

		// The process died between the engine's acknowledgement and the outbox delete.
		const replay = delivered.map(({ doc_type, doc_id, op }) => ({ doc_type, doc_id, op }));
		await db.insertInto('outbox').values(replay).execute();
		await drainOutbox(db, engine);
		await db.insertInto('outbox').values(replay).execute();
		await drainOutbox(db, engine);

		const after = engine.documents.map((d) => d.id).sort();
		expect(after).toEqual(before);
		expect(after).toEqual(await expectedIds());
		expect(engine.upserts).toBeGreaterThan(after.length);
	});

	it('brings the embedded index to the same counts after an outage', async () => {
		const embedded = new SqliteSearchEngine(db);
		await reindexAll(db, embedded);
		const failing = Object.create(embedded) as SqliteSearchEngine;
		failing.upsert = async () => {
			throw new Error('disk I/O error');
		};
		await importCatalogue(db, importFile(0, 25));
		expect((await drainOutbox(db, failing)).failed).toBeGreaterThan(0);
		await drainOutbox(db, embedded);
		await drainOutbox(db, embedded);

		expect(await embedded.count()).toBe((await expectedIds()).length);
		const page = await embedded.search({ ...DEFAULT_QUERY, q: 'resync', limit: 100 });
		const slugs = page.hits.map((h) => `${h.type}:${h.slug}`);
		expect(new Set(slugs).size).toBe(slugs.length);
		expect(page.estimatedTotalHits).toBe(50);
	});
});
