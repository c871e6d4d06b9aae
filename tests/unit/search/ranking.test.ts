import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../src/lib/server/db/client';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { toSearchDocument } from '../../../src/lib/server/search/documents';
import { DEFAULT_QUERY } from '../../../src/lib/server/search/engine';
import { SqliteSearchEngine } from '../../../src/lib/server/search/sqlite/engine';
import { RANK_ALL_UP_TO } from '../../../src/lib/server/search/sqlite/query';

/** More matches than bm25 ranks one by one: titles must still come first, pages must still tile. */
describe('embedded engine with a very common word', () => {
	let db: Db;
	let engine: SqliteSearchEngine;
	const n = RANK_ALL_UP_TO + 300;

	beforeAll(async () => {
		db = createDb(':memory:');
		await migrateToLatest(db);
		engine = new SqliteSearchEngine(db);
		const docs = Array.from({ length: n }, (_, i) =>
			toSearchDocument({
				id: `organisation-${i + 1}`,
				type: 'organisation',
				slug: `org-${i + 1}`,
				title_es: i % 100 === 7 ? `Cobre Andino ${i}` : `Empresa ${i}`,
				description_es: 'Soluciones para la minería del cobre y del oro.',
				sectors: [i % 2 ? 'ai' : 'automation'],
				kind: 'company',
				country: 'PE',
				booth: i % 3 ? null : `B-${i}`
			})
		);
		await engine.upsert(docs);
	});
	afterAll(() => db.destroy());

	it('ranks the name matches first', async () => {
		const result = await engine.search({ ...DEFAULT_QUERY, q: 'cobre', limit: 30 });
		expect(result.estimatedTotalHits).toBe(n);
		const titled = Math.ceil(n / 100);
		expect(result.hits.slice(0, titled).every((h) => h.title.startsWith('Cobre'))).toBe(true);
		expect(result.hits[titled].title.startsWith('Cobre')).toBe(false);
	});

	it('pages across the name matches and the rest without gaps or repeats', async () => {
		const seen = new Set<string>();
		for (let offset = 0; offset < n; offset += 100) {
			const page = await engine.search({ ...DEFAULT_QUERY, q: 'cobre', limit: 100, offset });
			for (const hit of page.hits) seen.add(hit.slug);
		}
		expect(seen.size).toBe(n);
	});

	it('applies filters on both tiers', async () => {
		const result = await engine.search({
			...DEFAULT_QUERY,
			q: 'cobre',
			sector: ['ai'],
			limit: 100
		});
		expect(result.estimatedTotalHits).toBe(n / 2);
		expect(result.hits.every((h) => h.sectors.includes('ai'))).toBe(true);
		// OR within a facet: the sector counts leave out the sector filter itself.
		expect(result.facets.sector).toEqual({ ai: n / 2, automation: n / 2 });
		expect(result.facets.kind).toEqual({ company: n / 2 });
	});
});
