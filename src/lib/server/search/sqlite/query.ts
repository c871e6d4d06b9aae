import type { FacetCounts, SearchQuery } from '../engine';
import { popcount, slotsOf, type Postings } from './postings';
import { stmt, type Raw } from './raw';
import { countFacets, slotFilter, type Snapshot } from './snapshot';
import { unpack, type StoredDocument } from './stored';

/** Column weights for bm25: title, tags (and sector names), organisation and place, body. */
const RANK = 'bm25(search_fts, 20.0, 6.0, 3.0, 1.0)';
/**
 * bm25 costs a few microseconds a row, so it ranks every match only up to this many. Past
 * it, matches in names, titles and tags are ranked by bm25 and the rest follow in browse
 * order: Meilisearch's "attribute" rule, without scoring thousands of descriptions.
 */
export const RANK_ALL_UP_TO = 1500;

export interface Matched {
	total: number;
	facets: FacetCounts;
	/** Rowids of the requested page, in order. */
	page: number[];
}

const none = (): Matched => ({ total: 0, facets: { sector: {}, kind: {}, country: {} }, page: [] });

/**
 * Every match of `expr` with its bm25 score, or null when there are more than `cap`: LIMIT
 * stops FTS5 (and bm25, evaluated per returned row) at cap + 1 rows.
 */
function scored(raw: Raw, expr: string, cap: number | null): [number, number][] | null {
	const rows = stmt(raw, `SELECT rowid, ${RANK} FROM search_fts WHERE search_fts MATCH ? LIMIT ?`)
		.raw()
		.all(expr, cap === null ? -1 : cap + 1) as [number, number][];
	return cap !== null && rows.length > cap ? null : rows;
}

/** Filtered slots of scored rows, best first (ties in browse order). */
function rankSlots(snap: Snapshot, rows: [number, number][], keep: (slot: number) => boolean) {
	const items: { slot: number; score: number }[] = [];
	for (const [rowid, score] of rows) {
		const slot = snap.slotOf(rowid);
		if (slot >= 0 && keep(slot)) items.push({ slot, score });
	}
	return items.sort((a, b) => a.score - b.score || a.slot - b.slot).map((i) => i.slot);
}

const rowidsOf = (snap: Snapshot, slots: number[]) => slots.map((s) => snap.rowids[s]);

/**
 * The total, facet counts and requested page of a query whose words each match any of
 * their `groups` of options. The matches come from cached posting lists (see Postings);
 * filters and counts run over the in-memory snapshot; FTS5 is asked for bm25 scores only
 * when there are few enough matches to score them all.
 */
export function matchPage(
	raw: Raw,
	postings: Postings,
	groups: string[][],
	expr: string,
	query: SearchQuery
): Matched {
	const snap = postings.snap;
	const keep = slotFilter(snap, query);
	const { offset, limit } = query;
	const matches = postings.match(groups);
	const n = snap.rowids.length;
	const unfiltered = popcount(matches);
	if (unfiltered === 0) return none();
	if (unfiltered <= RANK_ALL_UP_TO) {
		const ranked = rankSlots(snap, scored(raw, expr, null) ?? [], keep);
		if (ranked.length === 0) return none();
		const page = rowidsOf(snap, ranked.slice(offset, offset + limit));
		return { total: ranked.length, facets: countFacets(snap, ranked), page };
	}
	const hits = slotsOf(matches, keep, n);
	if (hits.length === 0) return none();
	const facets = countFacets(snap, hits);
	// Too many to score: Meilisearch's "attribute" rule. Every word in names and titles
	// first, then every word in names, titles or tags, then the rest; browse order within.
	const titled = postings.match(groups, ['title']);
	const page: number[] = [];
	let skip = offset;
	const take = (set: Uint32Array | null, tier: Uint32Array | null) => {
		for (let k = 0; k < hits.length && page.length < limit; k++) {
			const s = hits[k];
			const bit = 1 << (s & 31);
			const inTier = set === null || (set[s >>> 5] & bit) !== 0;
			if (!inTier || (tier !== null && (tier[s >>> 5] & bit) !== 0)) continue;
			if (skip > 0) skip--;
			else page.push(s);
		}
	};
	take(titled, null);
	let shown = titled;
	if (page.length < limit) {
		const tagged = postings.match(groups, ['title', 'tags']);
		take(tagged, titled);
		shown = tagged;
	}
	if (page.length < limit) take(null, shown);
	return { total: hits.length, facets, page: rowidsOf(snap, page) };
}

/** The empty query: every document passing the filters, in browse order. */
export function browseSlots(snap: Snapshot, query: SearchQuery): Int32Array {
	const keep = slotFilter(snap, query);
	const out = new Int32Array(snap.rowids.length);
	let n = 0;
	for (let slot = 0; slot < snap.rowids.length; slot++) if (keep(slot)) out[n++] = slot;
	return out.subarray(0, n);
}

export function browsePage(snap: Snapshot, slots: Int32Array, query: SearchQuery): number[] {
	return rowidsOf(snap, [...slots.subarray(query.offset, query.offset + query.limit)]);
}

export { countFacets };

/** The stored documents of a page, in the page's order. */
export function hydrate(raw: Raw, rowids: number[]): StoredDocument[] {
	if (rowids.length === 0) return [];
	const rows = stmt(
		raw,
		'SELECT rowid, data FROM search_document WHERE rowid IN (SELECT value FROM json_each(?))'
	)
		.raw()
		.all(JSON.stringify(rowids)) as [number, string][];
	const byId = new Map(rows.map(([rowid, data]) => [rowid, data]));
	return rowids
		.map((rowid) => byId.get(rowid))
		.filter((data): data is string => data !== undefined)
		.map(unpack);
}
