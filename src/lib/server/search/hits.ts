import type { SearchDocument, SearchHit, SearchQuery } from './engine';
import { buildSnippet, pick, tokenize, type TermMatcher } from './text';

/** The fields a hit is built from: every embedded engine stores at least these. */
export type HitSource = Pick<
	SearchDocument,
	| 'type'
	| 'slug'
	| 'title_es'
	| 'title_en'
	| 'summary_es'
	| 'summary_en'
	| 'description_es'
	| 'description_en'
	| 'sectors'
	| 'kind'
	| 'country'
	| 'booth'
	| 'organisation_slug'
	| 'organisation_name'
	| 'trl'
>;

/** A search hit in the query's language, the same from the SQLite and PostgreSQL engines. */
export function toHit(doc: HitSource, query: SearchQuery, matches: TermMatcher): SearchHit {
	const locale = query.locale;
	const texts = [
		pick(doc.summary_es, doc.summary_en, locale),
		pick(doc.description_es, doc.description_en, locale)
	].filter(Boolean);
	// The snippet shows the first text in the visitor's language that contains a match.
	const text = texts.find((t) => tokenize(t).some(matches)) ?? texts[0] ?? '';
	const hit: SearchHit = {
		type: doc.type,
		slug: doc.slug,
		title: pick(doc.title_es, doc.title_en, locale),
		snippet: buildSnippet(text, matches),
		sectors: doc.sectors,
		kind: doc.kind,
		country: doc.country,
		booth: doc.booth
	};
	if (doc.type === 'innovation') {
		hit.organisation = { slug: doc.organisation_slug ?? '', name: doc.organisation_name ?? '' };
		hit.trl = doc.trl;
	}
	return hit;
}
