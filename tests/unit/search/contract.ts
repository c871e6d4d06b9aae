import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	type EngineName,
	DEFAULT_QUERY,
	type SearchEngine,
	type SearchQuery
} from '../../../src/lib/server/search/engine';
import { FIXTURE_DOCUMENTS } from './fixtures';

export interface ContractSubject {
	engine: SearchEngine;
	cleanup: () => Promise<void>;
	/** The engine that must answer every search: a fallback to another one fails the suite. */
	answers: EngineName;
}

const HOSTILE = [
	'"',
	'""',
	"'; DROP TABLE organisation; --",
	'*',
	'a*',
	'NEAR(solar hidrogeno)',
	'solar AND',
	'OR OR OR',
	'-solar',
	'(solar',
	'solar)',
	'title:solar',
	'^solar',
	'{title}: x',
	'\u0000\u0007\u001b[31m',
	'\ud800',
	'solar\ud83d',
	'\udc00solar',
	'x'.repeat(10_000),
	'solar '.repeat(2_000)
];

/** The behaviour every engine owes the catalogue, run against each engine in turn. */
export function describeSearchContract(name: string, make: () => Promise<ContractSubject>) {
	describe(`search contract: ${name}`, () => {
		let subject: ContractSubject;
		const search = async (q: string, extra: Partial<SearchQuery> = {}) => {
			const result = await subject.engine.search({ ...DEFAULT_QUERY, q, ...extra });
			expect({ engine: result.engine, degraded: result.degraded }, q.slice(0, 40)).toEqual({
				engine: subject.answers,
				degraded: false
			});
			return result;
		};
		const slugs = async (q: string, extra: Partial<SearchQuery> = {}) =>
			(await search(q, extra)).hits.map((h) => h.slug);

		beforeAll(async () => {
			subject = await make();
			await subject.engine.applySettings();
			await subject.engine.clear();
			await subject.engine.upsert(FIXTURE_DOCUMENTS);
		}, 60_000);
		afterAll(() => subject?.cleanup());

		it('counts documents, and upserting the same batch twice changes nothing', async () => {
			expect(await subject.engine.count()).toBe(FIXTURE_DOCUMENTS.length);
			await subject.engine.upsert(FIXTURE_DOCUMENTS);
			expect(await subject.engine.count()).toBe(FIXTURE_DOCUMENTS.length);
			expect((await search('transporte')).estimatedTotalHits).toBe(4);
		});

		it('reports itself healthy', async () => {
			expect((await subject.engine.health()).ok).toBe(true);
		});

		it('forgives one typo from 5 letters and two from 9', async () => {
			expect(await slugs('tranporte')).toContain('andes-autonomia');
			expect(await slugs('hidrojeno')).toContain('hidrogeno-verde-sur');
			expect(await slugs('hidrojenno')).toContain('hidrogeno-verde-sur');
			expect(await slugs('electrolisys')).toContain('hidrogeno-verde-sur');
		});

		it('does not forgive a typo in a word under 5 letters, but suggests the right word', async () => {
			const result = await search('slar');
			expect(result.hits).toEqual([]);
			expect(result.suggestion).toBe('solar');
		});

		it('ignores accents on both sides', async () => {
			const plain = await slugs('hidrogeno');
			expect(plain).toEqual(
				expect.arrayContaining(['hidrogeno-verde-sur', 'electrolizador-modular'])
			);
			expect(await slugs('HIDRÓGENO')).toEqual(plain);
			expect(await slugs('autonomia')).toContain('andes-autonomia');
		});

		it('matches the last word as a prefix', async () => {
			expect(await slugs('teleop')).toEqual(
				expect.arrayContaining(['teleop-5g', 'andes-autonomia'])
			);
			expect(await slugs('energia sol')).toEqual(
				expect.arrayContaining(['solaris-energia', 'hidrogeno-verde-sur'])
			);
		});

		it('ranks name and title matches above tag and description matches', async () => {
			expect((await slugs('relaves'))[0]).toBe('relaves-ladrillos');
			expect((await slugs('andes'))[0]).toBe('andes-autonomia');
			expect((await slugs('solar'))[0]).toBe('solaris-energia');
		});

		it('filters by type, and by facets: OR within one, AND across', async () => {
			expect(await slugs('', { type: 'innovation' })).toHaveLength(3);
			const renewables = await slugs('', { sector: ['renewables'] });
			expect(renewables.sort()).toEqual([
				'electrolizador-modular',
				'hidrogeno-verde-sur',
				'solaris-energia'
			]);
			const either = await slugs('', { sector: ['renewables', 'circular-economy'] });
			expect(either).toHaveLength(5);
			expect(await slugs('', { sector: ['renewables'], country: ['PE'] })).toEqual([
				'solaris-energia'
			]);
		});

		it('matches an innovation by the kind and country of its organisation', async () => {
			expect(await slugs('', { type: 'innovation', kind: ['investor'] })).toEqual([
				'relaves-ladrillos'
			]);
			expect(await slugs('', { type: 'innovation', country: ['PE'] })).toEqual(['teleop-5g']);
		});

		it('matches nothing for an unknown facet value', async () => {
			const result = await search('', { sector: ['no-such-sector'] });
			expect(result.hits).toEqual([]);
			expect(result.estimatedTotalHits).toBe(0);
		});

		it('counts facets over the matching documents', async () => {
			const result = await search('hidrogeno');
			expect(result.facets.sector).toEqual({ renewables: 2 });
			expect(result.facets.country).toEqual({ CL: 2 });
			expect(result.facets.kind).toEqual({ company: 2 });
		});

		it('pages through the results without overlap', async () => {
			const pages = await Promise.all([0, 3, 6].map((offset) => search('', { limit: 3, offset })));
			const all = pages.flatMap((p) => p.hits.map((h) => h.slug));
			expect(new Set(all).size).toBe(FIXTURE_DOCUMENTS.length);
			expect(pages[0].estimatedTotalHits).toBe(FIXTURE_DOCUMENTS.length);
			expect((await search('', { offset: 100 })).hits).toEqual([]);
		});

		it('browses everything on an empty query, exhibitors with a booth first', async () => {
			const result = await search('');
			expect(result.estimatedTotalHits).toBe(FIXTURE_DOCUMENTS.length);
			expect(result.hits.slice(0, 2).map((h) => h.booth)).toEqual(['P1-045', 'P2-010']);
			expect(result.facets.sector.renewables).toBe(3);
		});

		it('returns the contract hit shape', async () => {
			const [org] = (await search('solaris')).hits;
			expect(org).toMatchObject({
				type: 'organisation',
				slug: 'solaris-energia',
				title: 'Solaris Energía Solar',
				sectors: ['renewables'],
				kind: 'company',
				country: 'PE',
				booth: 'P2-010'
			});
			const [noBooth] = (await search('fondo andino')).hits;
			expect(noBooth.booth).toBeNull();
			const teleop = (await search('5g', { type: 'innovation' })).hits[0];
			expect(teleop.organisation).toEqual({
				slug: 'andes-autonomia',
				name: 'Andes Autonomía S.A.C.'
			});
		});

		it('escapes everything in a snippet except <mark>', async () => {
			const result = await search('script');
			expect(result.hits.map((h) => h.slug)).toEqual(['xss-labs']);
			const snippet = result.hits[0].snippet;
			expect(snippet).toContain('<mark>');
			expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
			expect(snippet).toContain('&lt;');
		});

		it('searches both languages and shows the requested one', async () => {
			expect(await slugs('haulage')).toContain('andes-autonomia');
			expect(await slugs('camiones')).toContain('andes-autonomia');
			const en = (await search('teleoperation', { locale: 'en', type: 'innovation' })).hits[0];
			expect(en.title).toBe('Truck teleoperation over 5G');
			expect(en.snippet).toContain('haul trucks');
			const es = (await search('teleoperation', { locale: 'es', type: 'innovation' })).hits[0];
			expect(es.title).toBe('Teleoperación de camiones por 5G');
		});

		it('highlights the matching words in the snippet', async () => {
			const [hit] = (await search('flotas', { locale: 'es' })).hits;
			expect(hit.snippet).toContain('<mark>flotas</mark>');
		});

		it('treats hostile queries as text', async () => {
			for (const q of HOSTILE) {
				const result = await search(q);
				expect(Array.isArray(result.hits), q.slice(0, 20)).toBe(true);
			}
		});

		it('treats quotes and a leading minus as words, not operators', async () => {
			const plain = await slugs('solar');
			expect(plain.length).toBeGreaterThan(0);
			expect(await slugs('-solar')).toEqual(plain);
			expect(await slugs('"solar"')).toEqual(plain);
			expect(await slugs('"energia solar"')).toEqual(await slugs('energia solar'));
		});

		it('counts each facet without its own filter: OR within a facet', async () => {
			const all = await search('', { limit: 100 });
			const peru = await search('', { country: ['PE'], limit: 100 });
			expect(peru.hits.every((h) => h.country === 'PE')).toBe(true);
			// Ticking Peru still shows every other country's count...
			expect(peru.facets.country).toEqual(all.facets.country);
			expect(Object.keys(peru.facets.country).length).toBeGreaterThan(1);
			// ...while the other facets count the Peruvian documents only.
			const sectors: Record<string, number> = {};
			for (const hit of peru.hits) for (const s of hit.sectors) sectors[s] = (sectors[s] ?? 0) + 1;
			expect(peru.facets.sector).toEqual(sectors);
			// Two facets filtered: each one's counts leave out only its own filter.
			const both = await search('', { country: ['PE'], sector: ['renewables'], limit: 100 });
			const renewables = await search('', { sector: ['renewables'], limit: 100 });
			expect(both.facets.country).toEqual(renewables.facets.country);
			expect(both.facets.sector).toEqual(peru.facets.sector);
			// With words too.
			const words = await search('hidrogeno', { country: ['PE'] });
			expect(words.hits).toEqual([]);
			expect(words.facets.country).toEqual({ CL: 2 });
		});

		it("shows a snippet in the other language when the visitor's is empty", async () => {
			const english = FIXTURE_DOCUMENTS.find((d) => d.id === 'organisation-5')!;
			await subject.engine.upsert([
				{
					...english,
					id: 'organisation-77',
					slug: 'english-only',
					title_es: 'Zircon Analytics',
					title_en: 'Zircon Analytics',
					description_es: '',
					description_en: 'Zirconium assays for tailings dams.'
				}
			]);
			try {
				const [hit] = (await search('zirconium', { locale: 'es' })).hits;
				expect(hit.slug).toBe('english-only');
				expect(hit.snippet).toContain('<mark>Zirconium</mark>');
			} finally {
				await subject.engine.delete(['organisation-77']);
			}
		});

		it('keeps the highlight balanced when the text holds private-use characters', async () => {
			const base = FIXTURE_DOCUMENTS.find((d) => d.id === 'organisation-5')!;
			await subject.engine.upsert([
				{
					...base,
					id: 'organisation-78',
					slug: 'private-use',
					title_es: 'Quimera Labs',
					description_es: 'Quimera \ue001 procesa \ue000 concentrados de quimera.'
				}
			]);
			try {
				const [hit] = (await search('quimera')).hits;
				expect(hit.slug).toBe('private-use');
				const opened = hit.snippet.match(/<mark>/g)?.length ?? 0;
				expect(opened).toBeGreaterThan(0);
				expect(hit.snippet.match(/<\/mark>/g)?.length).toBe(opened);
				expect(hit.snippet).not.toMatch(/[\ue000\ue001]/);
			} finally {
				await subject.engine.delete(['organisation-78']);
			}
		});

		it('deletes documents by id', async () => {
			await subject.engine.delete(['organisation-4']);
			expect(await subject.engine.count()).toBe(FIXTURE_DOCUMENTS.length - 1);
			expect(await slugs('script')).toEqual([]);
			await subject.engine.upsert(FIXTURE_DOCUMENTS.filter((d) => d.id === 'organisation-4'));
			expect(await slugs('script')).toEqual(['xss-labs']);
		});
	});
}
