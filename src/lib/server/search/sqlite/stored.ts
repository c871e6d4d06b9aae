import type { SearchDocument } from '../engine';

/**
 * What search_document.data keeps of a document: only what a hit shows, as a JSON array
 * in FIELDS order. Field names and the fields used only for matching (tags, sector names,
 * place) made the stored JSON about 2 KB, a row too large to share a 4 KB page: 120 MB for
 * 60,000 documents, and most of the index build's time spent writing it.
 */
const FIELDS = [
	'type',
	'slug',
	'title_es',
	'title_en',
	'summary_es',
	'summary_en',
	'description_es',
	'description_en',
	'sectors',
	'kind',
	'country',
	'booth',
	'organisation_slug',
	'organisation_name',
	'trl'
] as const satisfies readonly (keyof SearchDocument)[];

export type StoredDocument = Pick<SearchDocument, (typeof FIELDS)[number]>;

export function pack(doc: SearchDocument): string {
	return JSON.stringify(FIELDS.map((field) => doc[field]));
}

export function unpack(json: string): StoredDocument {
	const values = JSON.parse(json) as unknown[];
	return Object.fromEntries(FIELDS.map((field, i) => [field, values[i]])) as StoredDocument;
}
