/**
 * The PostgreSQL engine (unit-pg project): the contract every engine owes the catalogue, and
 * the ranking test the SQLite engine passes, on a real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import { toSearchDocument } from '../../../src/lib/server/search/documents';
import { DEFAULT_QUERY } from '../../../src/lib/server/search/engine';
import { PostgresSearchEngine } from '../../../src/lib/server/search/postgres/engine';
import { RANK_ALL_UP_TO } from '../../../src/lib/server/search/sqlite/query';
import { testDb } from '../../support/test-db';
import { describeSearchContract } from './contract';

describeSearchContract('embedded (PostgreSQL full-text)', async () => {
	const db = await testDb();
	return {
		engine: new PostgresSearchEngine(db),
		cleanup: () => db.destroy(),
		answers: 'postgres'
	};
});

describe('PostgreSQL engine with a very common word', () => {
	let db: Db;
	let engine: PostgresSearchEngine;
	const n = RANK_ALL_UP_TO + 300;

	beforeAll(async () => {
		db = await testDb();
		engine = new PostgresSearchEngine(db);
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
	}, 60_000);
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

	it('applies filters, and counts facets over the filtered matches', async () => {
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
	});

	it('finds a stem: the singular finds the plural', async () => {
		const result = await engine.search({ ...DEFAULT_QUERY, q: 'solucion minera' });
		expect(result.estimatedTotalHits).toBe(n);
	});
});
