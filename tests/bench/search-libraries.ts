/**
 * The engines people would pick instead of the platform's, on the same documents and queries:
 * a plain exact FTS5 MATCH on the platform's own index (the floor: no typos, no facets, a count
 * and the top 20 by bm25), MiniSearch (fuzzy 0.2, prefix) and Orama (tolerance 1, facets).
 */
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import { create, insertMultiple, search as oramaSearch, type AnyOrama } from '@orama/orama';
import type { SearchDocument } from '../../src/lib/server/search/engine';
import type { BenchQuery } from './search-data';

export interface Contender {
	name: string;
	buildMs: number;
	/** Heap and RSS growth while building (MB), after a collection where one is exposed. */
	heapMb: number;
	rssMb: number;
	search: (query: BenchQuery) => Promise<unknown> | unknown;
	close?: () => void;
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
const gc = (globalThis as { gc?: () => void }).gc;

async function measured(build: () => Promise<Omit<Contender, 'buildMs' | 'heapMb' | 'rssMb'>>) {
	gc?.();
	const before = process.memoryUsage();
	const started = performance.now();
	const built = await build();
	const buildMs = performance.now() - started;
	gc?.();
	const after = process.memoryUsage();
	return {
		...built,
		buildMs,
		heapMb: mb(after.heapUsed - before.heapUsed),
		rssMb: mb(after.rss - before.rss)
	};
}

const text = (q: BenchQuery) => String(q.params.q ?? '');
const list = (value: string | string[] | undefined) =>
	value === undefined ? [] : Array.isArray(value) ? value : [value];

function body(d: SearchDocument) {
	return [d.summary_es, d.summary_en, d.description_es, d.description_en].join(' ');
}

/** Plain FTS5: every word quoted (the last one as a prefix), ANDed; count plus the top 20. */
export async function plainFts(dbPath: string): Promise<Contender> {
	return measured(async () => {
		const sqlite = new Database(dbPath, { readonly: true });
		const count = sqlite.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?');
		const top = sqlite.prepare(
			'SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 20'
		);
		return {
			name: 'plain FTS5 MATCH (floor)',
			search: (q) => {
				const words =
					text(q)
						.toLowerCase()
						.match(/[\p{L}\p{N}]+/gu) ?? [];
				if (words.length === 0) return null;
				const match = words
					.map((w, i) => `"${w.replaceAll('"', '""')}"${i === words.length - 1 ? '*' : ''}`)
					.join(' ');
				count.pluck().get(match);
				return top.all(match);
			},
			close: () => sqlite.close()
		};
	});
}

export async function miniSearch(documents: SearchDocument[]): Promise<Contender> {
	return measured(async () => {
		const index = new MiniSearch<SearchDocument & { body: string; tagText: string }>({
			fields: ['title_es', 'title_en', 'tagText', 'organisation_name', 'body'],
			storeFields: ['type', 'sectors', 'country'],
			searchOptions: { fuzzy: 0.2, prefix: true, boost: { title_es: 3, title_en: 3 } }
		});
		index.addAll(documents.map((d) => ({ ...d, body: body(d), tagText: d.tags.join(' ') })));
		return {
			name: 'MiniSearch (fuzzy 0.2, prefix)',
			search: (q) => {
				const sectors = list(q.params.sector);
				const countries = list(q.params.country);
				const type = q.params.type;
				return index
					.search(text(q), {
						filter: (r) =>
							(!type || r.type === type) &&
							(sectors.length === 0 || sectors.some((s) => (r.sectors as string[]).includes(s))) &&
							(countries.length === 0 || countries.includes(r.country as string))
					})
					.slice(0, 20);
			}
		};
	});
}

export async function orama(documents: SearchDocument[]): Promise<Contender> {
	return measured(async () => {
		const db: AnyOrama = create({
			schema: {
				type: 'enum',
				title: 'string',
				tags: 'string',
				organisation: 'string',
				body: 'string',
				sectors: 'enum[]',
				kind: 'enum',
				country: 'enum'
			} as const
		});
		await insertMultiple(
			db,
			documents.map((d) => ({
				type: d.type,
				title: `${d.title_es} ${d.title_en}`,
				tags: d.tags.join(' '),
				organisation: d.organisation_name ?? '',
				body: body(d),
				sectors: d.sectors,
				kind: d.kind,
				country: d.country
			})),
			2000
		);
		return {
			name: 'Orama (tolerance 1, facets)',
			search: (q) => {
				const where: Record<string, unknown> = {};
				const sectors = list(q.params.sector);
				const countries = list(q.params.country);
				if (sectors.length) where.sectors = { containsAny: sectors };
				if (countries.length) where.country = { in: countries };
				if (q.params.type) where.type = { eq: q.params.type };
				return oramaSearch(db, {
					term: text(q),
					tolerance: 1,
					limit: 20,
					where,
					facets: { sectors: {}, kind: {}, country: {} }
				});
			}
		};
	});
}
