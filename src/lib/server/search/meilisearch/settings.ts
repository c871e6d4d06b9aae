import type { Settings } from 'meilisearch';
import type { FacetName, SearchQuery } from '../engine';
import { escapeHtml } from '../text';

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
 * environment ranks alike. Searchable attributes are in ranking order: names and titles,
 * then tags and sectors, then organisation and place, then summaries and descriptions.
 */
export const MEILI_SETTINGS: Settings = {
	searchableAttributes: [
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
	rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
	typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
	faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
	pagination: { maxTotalHits: MAX_TOTAL_HITS }
};

/** A value inside a double-quoted filter string: backslashes and quotes escaped. */
export function quoteFilterValue(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The filter as Meilisearch's array form: the outer array is AND, an inner array is OR.
 * User values only ever appear quoted, so `x" OR type = "y` stays one literal value.
 */
export function buildFilter(query: SearchQuery): (string | string[])[] {
	const filter: (string | string[])[] = [];
	if (query.type) filter.push(`type = ${quoteFilterValue(query.type)}`);
	for (const facet of Object.keys(FACET_ATTRIBUTES) as FacetName[]) {
		const values = query[facet];
		if (values.length === 0) continue;
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

export function cropAttributes(locale: 'es' | 'en'): string[] {
	return [`summary_${locale}`, `description_${locale}`];
}
