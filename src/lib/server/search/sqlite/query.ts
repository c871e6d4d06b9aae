import { FACET_NAMES, type FacetCounts, type SearchQuery } from '../engine';
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

type Keep = (slot: number) => boolean;

const has = (set: Uint32Array | null, slot: number) =>
	set !== null && (set[slot >>> 5] & (1 << (slot & 31))) !== 0;

/**
 * Filtered slots of scored rows, best first (ties in browse order); organisations whose
 * name matches (`named`) before everything else.
 */
function rankSlots(snap: Snapshot, rows: [number, number][], keep: Keep, named: Keep) {
	const items: { slot: number; score: number; tier: number }[] = [];
	for (const [rowid, score] of rows) {
		const slot = snap.slotOf(rowid);
		if (slot >= 0 && keep(slot)) items.push({ slot, score, tier: named(slot) ? 0 : 1 });
	}
	return items
		.sort((a, b) => a.tier - b.tier || a.score - b.score || a.slot - b.slot)
		.map((i) => i.slot);
}

/**
 * Facet counts of the hits, except that each filtered facet is counted over the documents
 * that pass every other filter (disjunctive faceting: OR within a facet, so ticking Chile
 * still shows Peru's count). `slotsFor` gives the matching slots under another filter.
 */
export function facetCounts(
	snap: Snapshot,
	query: SearchQuery,
	hits: ArrayLike<number>,
	slotsFor: (keep: Keep) => ArrayLike<number>
): FacetCounts {
	const facets = countFacets(snap, hits);
	for (const facet of FACET_NAMES) {
		if (query[facet].length === 0) continue;
		const keep = slotFilter(snap, { ...query, [facet]: [] });
		facets[facet] = countFacets(snap, slotsFor(keep))[facet];
	}
	return facets;
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
	// Every word in a name or title; an organisation's own name comes first (it is what
	// a visitor who types part of an exhibitor's name is looking for).
	const titled = postings.match(groups, ['title']);
	const named: Keep = (slot) => snap.rowids[slot] % 2 === 0 && has(titled, slot);
	if (unfiltered <= RANK_ALL_UP_TO) {
		const rows = scored(raw, expr, null) ?? [];
		const ranked = rankSlots(snap, rows, keep, named);
		const facets = facetCounts(snap, query, ranked, (other) =>
			rows.map(([rowid]) => snap.slotOf(rowid)).filter((slot) => slot >= 0 && other(slot))
		);
		const page = rowidsOf(snap, ranked.slice(offset, offset + limit));
		return { total: ranked.length, facets, page };
	}
	const hits = slotsOf(matches, keep, n);
	const facets = facetCounts(snap, query, hits, (other) => slotsOf(matches, other, n));
	if (hits.length === 0) return { total: 0, facets, page: [] };
	// Too many to score: Meilisearch's "attribute" rule. Organisations named by the words
	// first, then every word in names and titles, then every word in names, titles or
	// tags, then the rest; browse order within each tier.
	const page: number[] = [];
	let skip = offset;
	const tiers: Keep[] = [named, (s) => has(titled, s)];
	const take = (inTier: Keep) => {
		const earlier = tiers.slice(0, tiers.indexOf(inTier));
		for (let k = 0; k < hits.length && page.length < limit; k++) {
			const s = hits[k];
			if (!inTier(s) || earlier.some((tier) => tier(s))) continue;
			if (skip > 0) skip--;
			else page.push(s);
		}
	};
	take(tiers[0]);
	if (page.length < limit) take(tiers[1]);
	if (page.length < limit) {
		const tagged = postings.match(groups, ['title', 'tags']);
		tiers.push((s) => has(tagged, s));
		take(tiers[2]);
	}
	if (page.length < limit) {
		tiers.push(() => true);
		take(tiers[3]);
	}
	return { total: hits.length, facets, page: rowidsOf(snap, page) };
}

/** The empty query: every document passing the filters, in browse order. */
export function browseSlots(
	snap: Snapshot,
	query: SearchQuery,
	keep: Keep = slotFilter(snap, query)
): Int32Array {
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
