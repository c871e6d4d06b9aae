import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createDb, writeTransaction, type Db } from '../../../src/lib/server/db/client';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { buildDocuments } from '../../../src/lib/server/search/documents';
import { DEFAULT_QUERY, type SearchDocument } from '../../../src/lib/server/search/engine';
import { flushSearchLog, searchCatalogue } from '../../../src/lib/server/search/index';
import { SqliteSearchEngine } from '../../../src/lib/server/search/sqlite/engine';
import {
	drainOutbox,
	enqueueSearchDocument,
	reindexAll
} from '../../../src/lib/server/search/sync';
import { seedCatalogue } from './db-fixture';

let db: Db;
let engine: SqliteSearchEngine;

beforeEach(async () => {
	db = createDb(':memory:');
	await migrateToLatest(db);
	await seedCatalogue(db);
	engine = new SqliteSearchEngine(db);
});
afterEach(() => db.destroy());

const outboxCount = async () =>
	Number(
		(
			await db
				.selectFrom('outbox')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirstOrThrow()
		).n
	);

describe('documents from the database', () => {
	it('builds every organisation, exhibiting or not, with the booth of an approved exhibitor only', async () => {
		const docs = await buildDocuments(db, [
			{ type: 'organisation', id: 1 },
			{ type: 'organisation', id: 2 },
			{ type: 'organisation', id: 3 },
			{ type: 'organisation', id: 999 }
		]);
		expect(docs.map((d) => [d.slug, d.booth])).toEqual([
			['minera-andina-tech', 'P1-001'],
			['pending-co', null],
			['universidad-del-sur', null]
		]);
		expect(docs[0]).toMatchObject({
			id: 'organisation-1',
			sectors: ['ai', 'automation'],
			tags: ['visión artificial'],
			kind: 'company',
			country: 'PE'
		});
		expect(docs[0].sector_names).toContain('Inteligencia artificial');
		expect(docs[0].place).toContain('Perú');
	});

	it('gives an innovation its organisation, kind and country', async () => {
		const [doc] = await buildDocuments(db, [{ type: 'innovation', id: 1 }]);
		expect(doc).toMatchObject({
			id: 'innovation-1',
			type: 'innovation',
			title_es: 'Detección de fisuras con visión artificial',
			title_en: 'Crack detection with computer vision',
			sectors: ['ai'],
			kind: 'company',
			country: 'PE',
			organisation_slug: 'minera-andina-tech',
			organisation_name: 'Minera Andina Tech',
			trl: 6
		});
	});
});

describe('outbox', () => {
	it('writes its row inside the caller transaction, and nothing when it rolls back', async () => {
		await writeTransaction(db, (trx) => enqueueSearchDocument(trx, 'organisation', 1));
		expect(await outboxCount()).toBe(1);
		await expect(
			writeTransaction(db, async (trx) => {
				await enqueueSearchDocument(trx, 'organisation', 2);
				throw new Error('rollback');
			})
		).rejects.toThrow('rollback');
		expect(await outboxCount()).toBe(1);
	});

	it('drains in batches, and replaying the same rows twice changes nothing', async () => {
		for (const id of [1, 2, 3]) await enqueueSearchDocument(db, 'organisation', id);
		await enqueueSearchDocument(db, 'innovation', 1);
		await enqueueSearchDocument(db, 'organisation', 1);
		expect(await drainOutbox(db, engine, { batchSize: 2 })).toEqual({ processed: 5, failed: 0 });
		expect(await engine.count()).toBe(4);
		for (const id of [1, 2, 3]) await enqueueSearchDocument(db, 'organisation', id);
		await drainOutbox(db, engine);
		await drainOutbox(db, engine);
		expect(await engine.count()).toBe(4);
		expect(await outboxCount()).toBe(0);
		const result = await engine.search({ ...DEFAULT_QUERY, q: 'fisuras' });
		expect(result.hits.map((h) => h.slug)).toEqual(['crack-detection']);
	});

	it('deletes the document of a record that is gone', async () => {
		await reindexAll(db, engine);
		await db.deleteFrom('innovation').where('id', '=', 1).execute();
		await enqueueSearchDocument(db, 'innovation', 1, 'delete');
		await drainOutbox(db, engine);
		expect(await engine.count()).toBe(3);
	});

	it('keeps the rows, counting attempts, when the engine fails', async () => {
		const failing = Object.create(engine) as SqliteSearchEngine;
		failing.upsert = async (_docs: SearchDocument[]) => {
			throw new Error('engine down');
		};
		await enqueueSearchDocument(db, 'organisation', 1);
		const result = await drainOutbox(db, failing);
		expect(result).toMatchObject({ processed: 0, failed: 1, error: 'engine down' });
		const row = await db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
		expect(row).toMatchObject({ attempts: 1, last_error: 'engine down' });
		expect(await drainOutbox(db, engine)).toEqual({ processed: 1, failed: 0 });
	});
});

describe('reindexAll', () => {
	it('rebuilds from the database with progress and clears the covered outbox rows', async () => {
		await enqueueSearchDocument(db, 'organisation', 1);
		const steps: number[] = [];
		const result = await reindexAll(db, engine, (_m, fraction) => steps.push(fraction));
		expect(result).toEqual({ documents: 4, queued: 0 });
		expect(steps.at(-1)).toBe(1);
		expect(await engine.count()).toBe(4);
		expect(await outboxCount()).toBe(0);
	});
});

describe('searchCatalogue', () => {
	it('logs trimmed, non-empty first-page queries for the report', async () => {
		await reindexAll(db, engine);
		await searchCatalogue({ ...DEFAULT_QUERY, q: '  fisuras  ' }, db, engine);
		await searchCatalogue({ ...DEFAULT_QUERY, q: '' }, db, engine);
		await searchCatalogue({ ...DEFAULT_QUERY, q: 'fisuras', offset: 20 }, db, engine);
		await searchCatalogue({ ...DEFAULT_QUERY, q: 'x'.repeat(500), locale: 'en' }, db, engine);
		await flushSearchLog();
		const rows = await sql<{ query: string; locale: string; hits: number }>`
			SELECT query, locale, hits FROM search_log ORDER BY id`.execute(db);
		expect(rows.rows).toEqual([
			{ query: 'fisuras', locale: 'es', hits: 1 },
			{ query: 'x'.repeat(200), locale: 'en', hits: 0 }
		]);
	});
});
