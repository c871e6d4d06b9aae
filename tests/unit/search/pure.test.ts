import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY } from '../../../src/lib/server/search/engine';
import {
	buildFilter,
	MARK_END,
	MARK_START,
	markedToHtml,
	MEILI_SETTINGS,
	quoteFilterValue
} from '../../../src/lib/server/search/meilisearch/settings';
import { parseSearchParams } from '../../../src/lib/server/search/params';
import {
	allowedTypos,
	editDistance,
	prefixDistance,
	trigrams
} from '../../../src/lib/server/search/sqlite/typo';
import { buildSnippet, fold, tokenize } from '../../../src/lib/server/search/text';

describe('typo rules', () => {
	it('allows one typo from 5 letters and two from 9', () => {
		expect([4, 5, 8, 9].map((n) => allowedTypos('a'.repeat(n)))).toEqual([0, 1, 1, 2]);
	});

	it('counts substitutions, insertions, deletions and transpositions as one', () => {
		expect(editDistance('tranporte', 'transporte', 2)).toBe(1);
		expect(editDistance('sloar', 'solar', 2)).toBe(1);
		expect(editDistance('hidrojenno', 'hidrogeno', 2)).toBe(2);
		expect(editDistance('abc', 'xyz', 1)).toBe(2);
	});

	it('measures a half-typed word against the closest prefix', () => {
		expect(prefixDistance('tranpor', 'transporte', 1)).toBe(1);
		expect(prefixDistance('zzzzz', 'transporte', 1)).toBe(2);
	});

	it('pads trigrams so a short word keeps its edges', () => {
		expect(trigrams('solar')).toEqual(['^so', 'sol', 'ola', 'lar', 'ar$']);
	});
});

describe('text', () => {
	it('folds accents and case like unicode61 remove_diacritics 2', () => {
		expect(fold('HIDRÓGENO Ñandú')).toBe('hidrogeno nandu');
		expect(tokenize('Energía-solar, 5G!')).toEqual(['energia', 'solar', '5g']);
	});

	it('builds snippets that escape everything but <mark>', () => {
		const html = buildSnippet(
			'<img src=x onerror=alert(1)> energía & "solar"',
			(w) => w === 'energia'
		);
		expect(html).toBe(
			'&lt;img src=x onerror=alert(1)&gt; <mark>energía</mark> &amp; &quot;solar&quot;'
		);
	});

	it('centres long snippets on the first match', () => {
		const text = `${'palabra '.repeat(50)}cobre ${'fin '.repeat(50)}`;
		const html = buildSnippet(text, (w) => w === 'cobre');
		expect(html.startsWith('… ')).toBe(true);
		expect(html).toContain('<mark>cobre</mark>');
		expect(html.endsWith(' …')).toBe(true);
	});
});

describe('Meilisearch settings', () => {
	it('ranks names and titles first among the searchable attributes', () => {
		// An organisation's own name, then the titles of everything.
		expect(MEILI_SETTINGS.searchableAttributes?.slice(0, 3)).toEqual([
			'name',
			'title_es',
			'title_en'
		]);
		const attrs = MEILI_SETTINGS.searchableAttributes ?? [];
		expect(attrs.indexOf('tags')).toBeLessThan(attrs.indexOf('description_es'));
	});

	it('makes the facets filterable and the browse order sortable', () => {
		expect(MEILI_SETTINGS.filterableAttributes).toEqual(
			expect.arrayContaining(['type', 'sectors', 'kind', 'country'])
		);
		expect(MEILI_SETTINGS.sortableAttributes).toEqual(['has_booth', 'sort_name']);
		expect(MEILI_SETTINGS.typoTolerance?.minWordSizeForTypos).toEqual({ oneTypo: 5, twoTypos: 9 });
		expect(MEILI_SETTINGS.pagination?.maxTotalHits).toBeGreaterThanOrEqual(10_100);
	});
});

describe('Meilisearch filters', () => {
	it('is empty without filters', () => {
		expect(buildFilter(DEFAULT_QUERY)).toEqual([]);
	});

	it('ANDs the facets and ORs the values within one', () => {
		const filter = buildFilter({
			...DEFAULT_QUERY,
			type: 'innovation',
			sector: ['ai', 'renewables'],
			country: ['PE']
		});
		expect(filter).toEqual([
			'type = "innovation"',
			['sectors = "ai"', 'sectors = "renewables"'],
			['country = "PE"']
		]);
	});

	it('escapes quotes and backslashes so a value cannot change the expression', () => {
		expect(quoteFilterValue('x" OR type = "y')).toBe('"x\\" OR type = \\"y"');
		expect(quoteFilterValue('a\\')).toBe('"a\\\\"');
		const [clause] = buildFilter({ ...DEFAULT_QUERY, kind: ['\\" OR 1=1 OR "'] }) as string[][];
		expect(clause[0]).toBe('kind = "\\\\\\" OR 1=1 OR \\""');
	});

	it('escapes the text Meilisearch highlighted before adding <mark>', () => {
		const raw = `<script>x</script> ${MARK_START}solar${MARK_END} & co`;
		expect(markedToHtml(raw)).toBe('&lt;script&gt;x&lt;/script&gt; <mark>solar</mark> &amp; co');
	});
});

describe('parseSearchParams', () => {
	const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs));

	it('reads the contract parameters with their defaults', () => {
		const result = parse('q=energia+solar&sector=ai&sector=renewables&country=PE&locale=en');
		expect(result).toEqual({
			ok: true,
			query: {
				q: 'energia solar',
				type: null,
				sector: ['ai', 'renewables'],
				kind: [],
				country: ['PE'],
				locale: 'en',
				limit: 20,
				offset: 0
			}
		});
	});

	it.each([
		['limit=0', 'limit: must be an integer from 1 to 100'],
		['limit=101', 'limit: must be an integer from 1 to 100'],
		['limit=abc', 'limit: must be an integer from 1 to 100'],
		['limit=1.5', 'limit: must be an integer from 1 to 100'],
		['offset=-1', 'offset: must be an integer from 0 to 10000'],
		['offset=10001', 'offset: must be an integer from 0 to 10000'],
		['type=exhibitor', 'type: must be organisation or innovation'],
		['locale=fr', 'locale: must be es or en']
	])('rejects %s', (qs, error) => {
		expect(parse(qs)).toEqual({ ok: false, error, field: qs.split('=')[0] });
	});

	it('accepts the bounds', () => {
		expect(parse('limit=100&offset=10000').ok).toBe(true);
		expect(parse('limit=1&offset=0&type=innovation').ok).toBe(true);
	});

	it('cuts a huge query and repairs broken text instead of failing', () => {
		const result = parse(`q=${'a'.repeat(20_000)}`);
		expect(result.ok && result.query.q.length).toBe(10_000);
		const broken = parseSearchParams(new URLSearchParams([['q', 'x\ud800y']]));
		expect(broken.ok && broken.query.q).toBe('x\ufffdy');
	});
});
