import type { Db } from '../../db/client';
import {
	healthByCount,
	type EngineHealth,
	type SearchDocument,
	type SearchEngine,
	type SearchQuery,
	type SearchResponse
} from '../engine';
import { cleanQuery, tokenize, withoutMarkers, type TermMatcher } from '../text';
import {
	browsePage,
	browseSlots,
	countFacets,
	facetCounts,
	hydrate,
	matchPage,
	type Matched
} from './query';
import { stmt, withRaw, type Raw } from './raw';
import { bumpGeneration, ensureSchema, indexVersion, rowidOf } from './schema';
import { loadSnapshot, type Snapshot } from './snapshot';
import { Postings } from './postings';
import { isDead, matchExpression, optionsOf, planTerms, suggestQuery, termMatcher } from './terms';
import { addIndexTerms, clearIndex, removeRows, setBulkHash, writeDocuments } from './write';
import { toHit } from '../hits';

/** Meilisearch reads at most 10 words of a query; so do we. */
const MAX_WORDS = 10;

/**
 * Writes to the index in one IMMEDIATE transaction. synchronous=NORMAL for it: the index is
 * derived data, and in WAL mode the next FULL commit (the outbox's, any booking's) makes
 * these frames durable too; a power cut before that loses index writes, not the database,
 * and the outbox or `extemin reindex` redoes them.
 */
function write(db: Db, raw: Raw, work: (raw: Raw) => void): Promise<void> {
	return withRaw(db, raw, () => {
		const before = raw.pragma('synchronous', { simple: true });
		raw.pragma('synchronous = NORMAL');
		try {
			raw.transaction(() => work(raw)).immediate();
		} finally {
			raw.pragma(`synchronous = ${Number(before)}`);
			bumpGeneration(raw);
		}
	});
}

export class SqliteSearchEngine implements SearchEngine {
	readonly name = 'sqlite' as const;
	private snapshot: Snapshot | null = null;
	private postings: Postings | null = null;
	/** Browse counts (no words, only filters) per filter set, for the current snapshot. */
	private browseCache = new Map<string, { slots: Int32Array; counts: Matched['facets'] }>();

	constructor(private readonly db: Db) {}

	async applySettings(): Promise<void> {
		await ensureSchema(this.db);
	}

	async upsert(documents: SearchDocument[]): Promise<void> {
		if (documents.length === 0) return;
		const vocabulary = this.bulkLoads === 0;
		const clean = documents.map(withoutMarkers);
		await write(this.db, await ensureSchema(this.db), (raw) =>
			writeDocuments(raw, clean, vocabulary)
		);
	}

	private bulkLoads = 0;

	/**
	 * Runs a full rebuild (clear, then upserts): the typo vocabulary is read from the index
	 * once at the end instead of tokenized per batch, and FTS5 flushes larger segments. If
	 * the process dies midway, the index is incomplete anyway and needs `extemin reindex`.
	 */
	async bulkLoad<T>(work: () => Promise<T>): Promise<T> {
		const raw = await ensureSchema(this.db);
		if (this.bulkLoads++ === 0) await withRaw(this.db, raw, () => setBulkHash(raw, true));
		try {
			return await work();
		} finally {
			if (--this.bulkLoads === 0) {
				await write(this.db, raw, () => {
					setBulkHash(raw, false);
					addIndexTerms(raw);
				});
			}
		}
	}

	async delete(ids: string[]): Promise<void> {
		if (ids.length === 0) return;
		const rowids = ids.map(rowidOf);
		await write(this.db, await ensureSchema(this.db), (raw) => removeRows(raw, rowids));
	}

	async clear(): Promise<void> {
		await write(this.db, await ensureSchema(this.db), clearIndex);
	}

	async count(): Promise<number> {
		const raw = await ensureSchema(this.db);
		return withRaw(this.db, raw, () =>
			Number(stmt(raw, 'SELECT count(*) FROM search_document').pluck().get())
		);
	}

	health(): Promise<EngineHealth> {
		return healthByCount(this);
	}

	/** The in-memory filter columns, reloaded when anything committed since the last load. */
	private current(raw: Raw): Postings {
		const version = indexVersion(raw);
		if (!this.snapshot || !this.postings || this.snapshot.version !== version) {
			this.snapshot = loadSnapshot(raw, version);
			this.postings = new Postings(raw, this.snapshot);
			this.browseCache.clear();
		}
		return this.postings;
	}

	private browse(snap: Snapshot, query: SearchQuery): Matched {
		const key = JSON.stringify([query.type, query.sector, query.kind, query.country]);
		let cached = this.browseCache.get(key);
		if (!cached) {
			const slots = browseSlots(snap, query);
			const counts = facetCounts(snap, query, slots, (keep) => browseSlots(snap, query, keep));
			cached = { slots, counts };
			if (this.browseCache.size > 200) this.browseCache.clear();
			this.browseCache.set(key, cached);
		}
		const page = browsePage(snap, cached.slots, query);
		return { total: cached.slots.length, facets: cached.counts, page };
	}

	/** "Did you mean" for a query that finds nothing here or elsewhere (Meilisearch asks this). */
	async suggest(q: string): Promise<string | null> {
		const words = tokenize(cleanQuery(q)).slice(0, MAX_WORDS);
		if (words.length === 0) return null;
		const raw = await ensureSchema(this.db);
		return withRaw(this.db, raw, () => suggestQuery(raw, this.current(raw), words));
	}

	async search(query: SearchQuery): Promise<SearchResponse> {
		const started = performance.now();
		const raw = await ensureSchema(this.db);
		return withRaw(this.db, raw, () => this.searchNow(raw, query, started));
	}

	private searchNow(raw: Raw, query: SearchQuery, started: number): SearchResponse {
		const postings = this.current(raw);
		const snap = postings.snap;
		const words = tokenize(cleanQuery(query.q)).slice(0, MAX_WORDS);
		let found: Matched = { total: 0, facets: countFacets(snap, []), page: [] };
		let matches: TermMatcher = () => false;
		let suggestion: string | null = null;
		if (words.length === 0) found = this.browse(snap, query);
		else {
			const plans = planTerms(raw, postings, words);
			// Like Meilisearch's "last" matching strategy: drop words from the end until something matches.
			for (let n = plans.length; n >= 1 && found.total === 0; n--) {
				const used = plans.slice(0, n);
				if (used.some(isDead)) continue;
				found = matchPage(raw, postings, used.map(optionsOf), matchExpression(used), query);
				matches = termMatcher(used);
			}
			if (found.total === 0) suggestion = suggestQuery(raw, postings, words);
		}
		const response: SearchResponse = {
			query: query.q,
			engine: this.name,
			degraded: false,
			estimatedTotalHits: found.total,
			hits: hydrate(raw, found.page).map((doc) => toHit(doc, query, matches)),
			facets: found.facets,
			processingTimeMs: 0
		};
		response.processingTimeMs = Math.round(performance.now() - started);
		if (suggestion) response.suggestion = suggestion;
		return response;
	}
}
