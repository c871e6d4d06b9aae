import { sql } from 'kysely';
import { writeTransaction, type Db } from '../../db/client';
import {
	emptyFacets,
	type SearchDocument,
	type SearchEngine,
	type SearchHit,
	type SearchQuery,
	type SearchResponse
} from '../engine';
import { buildSnippet, cleanQuery, pick, tokenize, type TermMatcher } from '../text';
import { allDocuments, browsePage, countFacets, matching, matchPage } from './query';
import {
	bumpGeneration,
	clearIndex,
	ensureSchema,
	generationOf,
	removeRows,
	rowidOf,
	writeDocuments
} from './schema';
import { isDead, matchExpression, planTerms, suggestQuery, termMatcher } from './terms';

/** Meilisearch reads at most 10 words of a query; so do we. */
const MAX_WORDS = 10;

type Counts = Awaited<ReturnType<typeof countFacets>>;

function toHit(doc: SearchDocument, query: SearchQuery, matches: TermMatcher): SearchHit {
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

export class SqliteSearchEngine implements SearchEngine {
	readonly name = 'sqlite' as const;

	constructor(private readonly db: Db) {}

	async applySettings(): Promise<void> {
		await ensureSchema(this.db);
	}

	async upsert(documents: SearchDocument[]): Promise<void> {
		if (documents.length === 0) return;
		await ensureSchema(this.db);
		await writeTransaction(this.db, (trx) => writeDocuments(trx, documents));
		bumpGeneration(this.db);
	}

	async delete(ids: string[]): Promise<void> {
		if (ids.length === 0) return;
		await ensureSchema(this.db);
		await writeTransaction(this.db, (trx) => removeRows(trx, ids.map(rowidOf)));
		bumpGeneration(this.db);
	}

	async clear(): Promise<void> {
		await ensureSchema(this.db);
		await writeTransaction(this.db, (trx) => clearIndex(trx));
		bumpGeneration(this.db);
	}

	async count(): Promise<number> {
		await ensureSchema(this.db);
		const row = await sql<{ n: number }>`SELECT count(*) AS n FROM search_document`.execute(
			this.db
		);
		return row.rows[0]?.n ?? 0;
	}

	async health() {
		try {
			await this.count();
			return { ok: true, engine: this.name };
		} catch (err) {
			return {
				ok: false,
				engine: this.name,
				message: err instanceof Error ? err.message : String(err)
			};
		}
	}

	/** Browse counts (no words, only filters), reused until the index changes. */
	private browseCache = new Map<string, { version: string; counts: Counts }>();

	private async browseCounts(query: SearchQuery): Promise<Counts> {
		// data_version moves when another connection (the CLI, another process) commits.
		const dv = await sql<{ data_version: number }>`PRAGMA data_version`.execute(this.db);
		const version = `${generationOf(this.db)}:${dv.rows[0]?.data_version}`;
		const key = JSON.stringify([query.type, query.sector, query.kind, query.country]);
		const cached = this.browseCache.get(key);
		if (cached?.version === version) return cached.counts;
		const counts = await countFacets(this.db, allDocuments, query);
		if (this.browseCache.size > 200) this.browseCache.clear();
		this.browseCache.set(key, { version, counts });
		return counts;
	}

	async search(query: SearchQuery): Promise<SearchResponse> {
		const started = performance.now();
		await ensureSchema(this.db);
		const words = tokenize(cleanQuery(query.q)).slice(0, MAX_WORDS);
		let counts: Counts = { total: 0, facets: emptyFacets() };
		let docs: SearchDocument[] = [];
		let matches: TermMatcher = () => false;
		let suggestion: string | null = null;
		if (words.length === 0) {
			counts = await this.browseCounts(query);
			docs = await browsePage(this.db, query, null, query.offset, query.limit);
		} else {
			const plans = await planTerms(this.db, words);
			// Like Meilisearch's "last" matching strategy: drop words from the end until something matches.
			for (let n = plans.length; n >= 1 && counts.total === 0; n--) {
				const used = plans.slice(0, n);
				if (used.some(isDead)) continue;
				const expr = matchExpression(used);
				counts = await countFacets(this.db, matching(expr), query);
				if (counts.total === 0) continue;
				docs = await matchPage(this.db, expr, `{title tags} : (${expr})`, query, counts.total);
				matches = termMatcher(used);
			}
			if (counts.total === 0) suggestion = await suggestQuery(this.db, words);
		}
		const response: SearchResponse = {
			query: query.q,
			engine: this.name,
			degraded: false,
			estimatedTotalHits: counts.total,
			processingTimeMs: Math.round(performance.now() - started),
			hits: docs.map((doc) => toHit(doc, query, matches)),
			facets: counts.facets
		};
		if (suggestion) response.suggestion = suggestion;
		return response;
	}
}
