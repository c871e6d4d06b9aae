import type { Settings } from 'meilisearch';
import type { FacetName, SearchDocument, SearchQuery } from '../engine';
import { escapeHtml, withoutMarkers } from '../text';

export const MEILI_INDEX_UID = 'catalogue';

/** Facet names of the API, mapped to document attributes. */
export const FACET_ATTRIBUTES: Record<FacetName, string> = {
	sector: 'sectors',
	kind: 'kind',
	country: 'country'
};

/** Offsets go up to 10,000 and pages up to 100, so the index must count that far. */
const MAX_TOTAL_HITS = 10_100;

/**
 * The index settings, applied by the application (never by hand), so that every
 * environment ranks alike. Searchable attributes are in ranking order: an organisation's
 * own name (`name`, empty on innovations), then names and titles, then tags and sectors,
 * then organisation and place, then summaries and descriptions.
 *
 * Ranking rules, chosen deliberately (docs/search.md, "Ranking"): `words` first (with
 * matchingStrategy `all` every hit has every word, so it only orders the `last` fallback);
 * then `attribute`, so that a name or title match, even with a typo, ranks above an exact
 * match in a description, as the embedded engine's column weights do, and an organisation
 * whose name matches comes before its innovations; then `typo`, `proximity`, `exactness`;
 * `sort` last, which only the empty query (the browse order) uses.
 */
export const RANKING_RULES = ['words', 'attribute', 'typo', 'proximity', 'exactness', 'sort'];

export const MEILI_SETTINGS = {
	searchableAttributes: [
		'name',
		'title_es',
		'title_en',
		'tags',
		'sector_names',
		'organisation_name',
		'place',
		'booth',
		'summary_es',
		'summary_en',
		'description_es',
		'description_en'
	],
	filterableAttributes: ['type', 'sectors', 'kind', 'country', 'has_booth'],
	sortableAttributes: ['has_booth', 'sort_name'],
	rankingRules: RANKING_RULES,
	typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
	faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
	pagination: { maxTotalHits: MAX_TOTAL_HITS },
	// Declared, so that the server does not guess the language of short texts and queries.
	localizedAttributes: [
		{ attributePatterns: ['*_es'], locales: ['spa'] },
		{ attributePatterns: ['*_en'], locales: ['eng'] }
	]
} satisfies Settings;

/** The settings whose absence breaks search; health() compares these with the server's. */
export const CHECKED_SETTINGS = [
	'searchableAttributes',
	'filterableAttributes',
	'sortableAttributes',
	'rankingRules'
] as const;

/** A value inside a double-quoted filter string: backslashes and quotes escaped. */
export function quoteFilterValue(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The filter as Meilisearch's array form: the outer array is AND, an inner array is OR.
 * User values only ever appear quoted, so `x" OR type = "y` stays one literal value.
 * `except` leaves one facet's own filter out: its counts for disjunctive faceting.
 */
export function buildFilter(query: SearchQuery, except?: FacetName): (string | string[])[] {
	const filter: (string | string[])[] = [];
	if (query.type) filter.push(`type = ${quoteFilterValue(query.type)}`);
	for (const facet of Object.keys(FACET_ATTRIBUTES) as FacetName[]) {
		const values = query[facet];
		if (values.length === 0 || facet === except) continue;
		const attribute = FACET_ATTRIBUTES[facet];
		filter.push(values.map((v) => `${attribute} = ${quoteFilterValue(v)}`));
	}
	return filter;
}

/** Private-use markers: Meilisearch wraps matches in them, and no visitor types them. */
export const MARK_START = '\ue000';
export const MARK_END = '\ue001';

/**
 * Meilisearch returns the document's raw text with the highlight tags inserted, so the
 * text is escaped here and only then are the markers turned into `<mark>`.
 */
export function markedToHtml(text: string): string {
	return escapeHtml(text).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

/** Both languages are cropped: a text missing in the visitor's language falls back to the other. */
export function cropAttributes(locale: 'es' | 'en'): string[] {
	const other = locale === 'es' ? 'en' : 'es';
	return [`summary_${locale}`, `description_${locale}`, `summary_${other}`, `description_${other}`];
}

/** What Meilisearch stores: the document, its name attribute, no highlight markers in its text. */
export function toMeiliDocument(doc: SearchDocument): SearchDocument & { name: string } {
	const clean = withoutMarkers(doc);
	return { ...clean, name: clean.type === 'organisation' ? clean.title_es : '' };
}
