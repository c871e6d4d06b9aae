import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../src/lib/server/db/client';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { seedDemo } from '../../../src/lib/server/seed';
import { toSearchDocument } from '../../../src/lib/server/search/documents';
import { DEFAULT_QUERY, type SearchEngine } from '../../../src/lib/server/search/engine';
import { MeilisearchEngine } from '../../../src/lib/server/search/meilisearch/engine';
import { SqliteSearchEngine } from '../../../src/lib/server/search/sqlite/engine';
import { reindexAll } from '../../../src/lib/server/search/sync';
import { startMeiliStub, type MeiliStub } from '../../support/meili-stub';

/**
 * The project's ranking cases, on every engine (docs/search.md, "Ranking"): an
 * organisation whose name matches the query comes before its innovations (issue 11, on
 * the demo event), and a match in a name or title ranks above one in a description.
 */
let stub: MeiliStub;
let db: Db;

beforeAll(async () => {
	stub = await startMeiliStub();
	db = createDb(':memory:');
	await migrateToLatest(db);
	await seedDemo(db, { size: 'small' });
}, 60_000);
afterAll(async () => {
	await stub.stop();
	await db.destroy();
});

interface Subject {
	name: string;
	make: () => SearchEngine;
	/** Meilisearch matches a typo even where the exact word exists elsewhere; the embedded engine does not. */
	typoAlongsideExact: boolean;
}

const subjects: Subject[] = [
	{ name: 'embedded', make: () => new SqliteSearchEngine(db), typoAlongsideExact: false },
	{
		name: 'Meilisearch stub',
		make: () => new MeilisearchEngine({ host: stub.url, indexUid: `ranking_${process.pid}` }),
		typoAlongsideExact: true
	}
];
const host = process.env.MEILI_HOST;
if (host) {
	subjects.push({
		name: `Meilisearch at ${host}`,
		make: () =>
			new MeilisearchEngine({
				host,
				apiKey: process.env.MEILI_API_KEY ?? undefined,
				indexUid: `extemin_ranking_${process.pid}`
			}),
		typoAlongsideExact: true
	});
}

/** Organisations of the demo whose innovations repeat their name (the case of issue 11). */
async function namedCases(): Promise<{ q: string; name: string }[]> {
	const wanted = ['Salar Aire Limpio SpA', 'Abitibi Mining Research Centre', 'Loa Drones SpA'];
	const rows = await db
		.selectFrom('organisation as o')
		.innerJoin('innovation as i', 'i.organisation_id', 'o.id')
		.select(['o.name'])
		.where('o.name', 'in', wanted)
		.groupBy('o.name')
		.execute();
	const cases = rows.map((r) => ({
		name: r.name,
		q: r.name.startsWith('Abitibi')
			? 'abitibi'
			: r.name.split(' ').slice(0, 2).join(' ').toLowerCase()
	}));
	// The demo may change: then any organisation whose first word starts its innovations' titles.
	if (cases.length < 3) {
		const more = await db
			.selectFrom('organisation as o')
			.innerJoin('innovation as i', 'i.organisation_id', 'o.id')
			.select(['o.name', 'i.title_es'])
			.execute();
		for (const r of more) {
			const first = r.name.split(' ')[0];
			if (cases.length < 3 && r.title_es.startsWith(first) && !cases.some((c) => c.name === r.name))
				cases.push({ name: r.name, q: r.name.split(' ').slice(0, 2).join(' ').toLowerCase() });
		}
	}
	return cases;
}

for (const subject of subjects) {
	// The Meilisearch stub answers through real HTTP and task polling: slower than 5 s on a busy machine.
	describe(`ranking cases: ${subject.name}`, { timeout: 30_000 }, () => {
		let engine: SearchEngine;
		beforeAll(async () => {
			engine = subject.make();
			await reindexAll(db, engine);
		}, 120_000);
		afterAll(async () => {
			if (engine instanceof MeilisearchEngine) await engine.dropIndex().catch(() => undefined);
		});

		it('puts an organisation whose name matches the query first (demo event)', async () => {
			const cases = await namedCases();
			expect(cases.length).toBe(3);
			for (const { q, name } of cases) {
				const [first] = (await engine.search({ ...DEFAULT_QUERY, q })).hits;
				expect({ q, first: first?.title, type: first?.type }).toEqual({
					q,
					first: name,
					type: 'organisation'
				});
			}
			const [typed] = (await engine.search({ ...DEFAULT_QUERY, q: 'salar aire lim' })).hits;
			expect(typed?.title).toBe('Salar Aire Limpio SpA');
		});

		it('ranks a name or title above a description, and a title with a typo above a description', async () => {
			const docs = [
				toSearchDocument({
					id: 'organisation-900001',
					type: 'organisation',
					slug: 'celdas',
					title_es: 'Celdas de flotación Quenual',
					description_es: 'Equipos para plantas concentradoras.'
				}),
				toSearchDocument({
					id: 'organisation-900002',
					type: 'organisation',
					slug: 'planta',
					title_es: 'Planta Quenual Norte',
					description_es: 'Optimización de la flotación de cobre.'
				}),
				toSearchDocument({
					id: 'organisation-900003',
					type: 'organisation',
					slug: 'typo-title',
					title_es: 'Espesadores Quenuall',
					description_es: 'Espesadores de alta capacidad.'
				}),
				toSearchDocument({
					id: 'organisation-900004',
					type: 'organisation',
					slug: 'exact-body',
					title_es: 'Ingeniería Norte',
					description_es: 'Servicios en la mina quenuall y alrededores.'
				})
			];
			await engine.upsert(docs);
			try {
				const slugs = async (q: string) =>
					(await engine.search({ ...DEFAULT_QUERY, q: q })).hits.map((h) => h.slug);
				const flotacion = await slugs('flotacion quenual');
				expect(flotacion.indexOf('celdas')).toBeLessThan(flotacion.indexOf('planta'));
				// The visitor's typo: both documents match through it; the title ranks first.
				const typo = await slugs('flotasion quenual');
				expect(typo.indexOf('celdas')).toBeLessThan(typo.indexOf('planta'));
				if (subject.typoAlongsideExact) {
					// "quenuall" is exact in a description and one typo from a title ("Quenual"):
					// attribute before typo, so the title match comes first.
					const both = await slugs('quenuall');
					expect(both.indexOf('celdas')).toBeGreaterThanOrEqual(0);
					expect(both.indexOf('typo-title')).toBeLessThan(both.indexOf('exact-body'));
				}
			} finally {
				await engine.delete(docs.map((d) => d.id));
			}
		});
	});
}
