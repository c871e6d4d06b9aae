/**
 * The embedded search engine of a PostgreSQL deployment: PostgreSQL's own full-text search,
 * so several app processes share one index and need nothing else. PostgreSQL-only SQL is
 * confined to this folder (like search/sqlite/ for SQLite).
 *
 * - search_pg_document: one row per document (its JSON, the browse order, the facet values)
 *   and `words`, a tsvector of its folded words (unaccented and lower case, as the SQLite
 *   engine folds them) weighted A title, B tags and sector names, C organisation, place and
 *   booth, D summaries and descriptions, plus their Spanish and English stems (weight D) from
 *   the `spanish` and `english` configurations over `unaccent`ed text;
 * - search_pg_term: every folded word seen, with a pg_trgm index for typo lookups; words that
 *   have left the index are dropped by a liveness check at query time.
 *
 * The rules are the SQLite engine's (and Meilisearch's): one typo from 5 letters, two from 9,
 * the last word as a prefix, every word required, and words dropped from the end until
 * something matches; ranked by ts_rank (title first), ties in browse order.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/client';
import {
	emptyFacets,
	FACET_NAMES,
	type FacetCounts,
	type FacetName,
	type SearchDocument,
	type SearchEngine,
	type SearchQuery,
	type SearchResponse
} from '../engine';
import { cleanQuery, fold, tokenize, withoutMarkers, type TermMatcher } from '../text';
import { allowedTypos, editDistance, prefixDistance } from '../sqlite/typo';
import { toHit } from '../hits';

/** Meilisearch reads at most 10 words of a query; so do we. */
const MAX_WORDS = 10;
const MAX_CANDIDATES = 4;
const BATCH = 500;
/** ts_rank weights for D, C, B, A: a title match outweighs any number of body matches. */
const WEIGHTS = sql.raw(`'{0.02, 0.1, 0.3, 1.0}'::float4[]`);

/** How one word of the query is matched: the tsquery lexemes that count as it. */
interface TermPlan {
	word: string;
	/** Exact lexemes (the word, its typo corrections, its stems). */
	terms: string[];
	/** Also any lexeme that starts with `word`. */
	prefix: boolean;
}

/** Lexemes come from tokenize (letters and digits only); quoting makes them literal anyway. */
const lexeme = (term: string) => `'${term.replace(/'/g, "''")}'`;

function optionsOf(plan: TermPlan): string[] {
	const options = plan.terms.map(lexeme);
	if (plan.prefix) options.unshift(`${lexeme(plan.word)}:*`);
	return options;
}

function tsquery(plans: TermPlan[]): string {
	return plans
		.map(optionsOf)
		.map((o) => (o.length === 1 ? o[0] : `(${o.join(' | ')})`))
		.join(' & ');
}

function termMatcher(plans: TermPlan[]): TermMatcher {
	const exact = new Set(plans.flatMap((p) => p.terms));
	const prefixes = plans.filter((p) => p.prefix).map((p) => p.word);
	return (word) =>
		exact.has(word) ||
		prefixes.some((p) => word.startsWith(p)) ||
		// A stem matched: highlight the words it came from.
		plans.some((p) => p.terms.some((t) => t.length >= 4 && word.startsWith(t)));
}

/** The texts of a document, per weight, as folded words (so PostgreSQL's parser sees words only). */
function folded(...texts: (string | null | undefined)[]): string {
	return tokenize(texts.filter(Boolean).join(' ')).join(' ');
}

export class PostgresSearchEngine implements SearchEngine {
	readonly name = 'postgres' as const;
	private ready: Promise<void> | null = null;

	constructor(private readonly db: Db) {}

	/** Extensions, tables and indexes; under an advisory lock, so processes starting together agree. */
	applySettings(): Promise<void> {
		this.ready ??= this.db
			.transaction()
			.execute(async (trx) => {
				await sql`select pg_advisory_xact_lock(hashtext('extemin-search-schema'))`.execute(trx);
				for (const statement of [
					sql`create extension if not exists unaccent`,
					sql`create extension if not exists pg_trgm`,
					sql`create table if not exists search_pg_document (
						id text primary key,
						type text not null,
						has_booth integer not null,
						sort_name text not null,
						sectors text[] not null,
						kind text not null,
						country text not null,
						data jsonb not null,
						words tsvector not null
					)`,
					sql`create index if not exists search_pg_document_words
						on search_pg_document using gin (words)`,
					sql`create index if not exists search_pg_document_browse
						on search_pg_document (has_booth desc, sort_name, id)`,
					sql`create table if not exists search_pg_term (term text primary key)`,
					sql`create index if not exists search_pg_term_trgm
						on search_pg_term using gist (term gist_trgm_ops)`
				])
					await statement.execute(trx);
			})
			.catch((err) => {
				this.ready = null;
				throw err;
			});
		return this.ready;
	}

	async upsert(documents: SearchDocument[]): Promise<void> {
		if (documents.length === 0) return;
		await this.applySettings();
		for (let i = 0; i < documents.length; i += BATCH) {
			const batch = documents.slice(i, i + BATCH).map(withoutMarkers);
			const rows = batch.map((d) => ({
				id: d.id,
				type: d.type,
				has_booth: d.has_booth,
				sort_name: d.sort_name,
				sectors: d.sectors,
				kind: d.kind,
				country: d.country,
				data: d,
				a: folded(d.title_es, d.title_en),
				b: folded(...d.tags, ...d.sector_names),
				c: folded(d.organisation_name, d.place, d.booth),
				d: folded(d.summary_es, d.summary_en, d.description_es, d.description_en),
				es: [d.title_es, ...d.tags, d.summary_es, d.description_es].join(' '),
				en: [d.title_en, d.summary_en, d.description_en].join(' ')
			}));
			const terms = new Set<string>();
			for (const r of rows)
				for (const text of [r.a, r.b, r.c, r.d])
					for (const w of text.split(' ')) if (w) terms.add(w);
			await this.db.transaction().execute(async (trx) => {
				await sql`insert into search_pg_document
					(id, type, has_booth, sort_name, sectors, kind, country, data, words)
					select r.id, r.type, r.has_booth, r.sort_name,
						array(select jsonb_array_elements_text(r.sectors)), r.kind, r.country, r.data,
						setweight(to_tsvector('simple', r.a), 'A') ||
						setweight(to_tsvector('simple', r.b), 'B') ||
						setweight(to_tsvector('simple', r.c), 'C') ||
						setweight(to_tsvector('simple', r.d), 'D') ||
						setweight(to_tsvector('spanish', unaccent(r.es)), 'D') ||
						setweight(to_tsvector('english', unaccent(r.en)), 'D')
					from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
						id text, type text, has_booth integer, sort_name text, sectors jsonb,
						kind text, country text, data jsonb, a text, b text, c text, d text,
						es text, en text)
					on conflict (id) do update set
						type = excluded.type, has_booth = excluded.has_booth,
						sort_name = excluded.sort_name, sectors = excluded.sectors,
						kind = excluded.kind, country = excluded.country, data = excluded.data,
						words = excluded.words`.execute(trx);
				await sql`insert into search_pg_term (term)
					select unnest(${[...terms].sort()}::text[]) on conflict do nothing`.execute(trx);
			});
		}
	}

	async delete(ids: string[]): Promise<void> {
		if (ids.length === 0) return;
		await this.applySettings();
		await sql`delete from search_pg_document where id = any(${ids}::text[])`.execute(this.db);
	}

	async clear(): Promise<void> {
		await this.applySettings();
		await sql`truncate search_pg_document, search_pg_term`.execute(this.db);
	}

	async count(): Promise<number> {
		await this.applySettings();
		const { rows } = await sql<{ n: number }>`select count(*) as n from search_pg_document`.execute(
			this.db
		);
		return Number(rows[0]?.n ?? 0);
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

	/** Whether any document has this tsquery (one GIN lookup). */
	private async live(query: string): Promise<boolean> {
		const { rows } = await sql<{ found: boolean }>`select exists (
			select 1 from search_pg_document where words @@ ${query}::tsquery) as found`.execute(this.db);
		return Boolean(rows[0]?.found);
	}

	/** Vocabulary words within `budget` typos of `word`, closest first, that are still indexed. */
	private async typoCandidates(word: string, budget: number, prefix: boolean): Promise<string[]> {
		if (budget <= 0) return [];
		// pg_trgm's distance finds the plausible words, the edit distance decides.
		const { rows } = prefix
			? await sql<{ term: string }>`select term from search_pg_term
				order by ${word} <<-> term limit 60`.execute(this.db)
			: await sql<{ term: string }>`select term from search_pg_term
				order by term <-> ${word} limit 60`.execute(this.db);
		const close = rows
			.map(({ term }) => ({
				term,
				distance: prefix ? prefixDistance(word, term, budget) : editDistance(word, term, budget)
			}))
			.filter((c) => c.distance <= budget && c.term !== word)
			.sort((a, b) => a.distance - b.distance);
		const out: string[] = [];
		for (const c of close) {
			if (out.length >= MAX_CANDIDATES) break;
			if (await this.live(lexeme(c.term))) out.push(c.term);
		}
		return out;
	}

	/** The Spanish and English stems of a word, as PostgreSQL's dictionaries make them. */
	private async stems(word: string): Promise<string[]> {
		const { rows } = await sql<{ lexeme: string }>`select distinct lexeme from unnest(
			to_tsvector('spanish', unaccent(${word})) || to_tsvector('english', unaccent(${word})))`.execute(
			this.db
		);
		return rows.map((r) => r.lexeme).filter((l) => l !== word);
	}

	private async plan(words: string[]): Promise<TermPlan[]> {
		const plans: TermPlan[] = [];
		for (const [i, word] of words.entries()) {
			const last = i === words.length - 1;
			if (last && word.length >= 2 && (await this.live(`${lexeme(word)}:*`))) {
				plans.push({ word, terms: [], prefix: true });
				continue;
			}
			if (await this.live(lexeme(word))) {
				plans.push({ word, terms: [word], prefix: false });
				continue;
			}
			const terms = await this.typoCandidates(word, allowedTypos(word), last);
			if (terms.length === 0) {
				for (const stem of await this.stems(word))
					if (await this.live(lexeme(stem))) terms.push(stem);
			}
			plans.push({ word, terms, prefix: false });
		}
		return plans;
	}

	/** "Did you mean" for a query that finds nothing here or elsewhere (Meilisearch asks this). */
	async suggest(q: string): Promise<string | null> {
		const words = tokenize(cleanQuery(q))
			.slice(0, MAX_WORDS)
			.map((w) => fold(w));
		if (words.length === 0) return null;
		await this.applySettings();
		return this.suggestWords(words);
	}

	private async suggestWords(words: string[]): Promise<string | null> {
		let changed = false;
		const out: string[] = [];
		for (const word of words) {
			if (word.length < 3 || (await this.live(lexeme(word)))) {
				out.push(word);
				continue;
			}
			const [best] = await this.typoCandidates(word, allowedTypos(word) + 1, false);
			changed ||= Boolean(best);
			out.push(best ?? word);
		}
		return changed ? out.join(' ') : null;
	}

	/** The query's filters; `except` leaves one facet's own filter out (disjunctive counts). */
	private filters(
		query: SearchQuery,
		match: string | null,
		except: FacetName | null = null
	): RawBuilder<unknown> {
		const parts: RawBuilder<unknown>[] = [sql`true`];
		if (match !== null) parts.push(sql`words @@ ${match}::tsquery`);
		if (query.type) parts.push(sql`type = ${query.type}`);
		if (query.sector.length && except !== 'sector')
			parts.push(sql`sectors && ${query.sector}::text[]`);
		if (query.kind.length && except !== 'kind') parts.push(sql`kind = any(${query.kind}::text[])`);
		if (query.country.length && except !== 'country')
			parts.push(sql`country = any(${query.country}::text[])`);
		return sql.join(parts, sql` and `);
	}

	/**
	 * Facet counts, OR within a facet: each facet is counted over the documents that pass every
	 * other filter (docs/contracts.md, "Search API"), so ticking Chile still shows Peru's count.
	 */
	private async facets(query: SearchQuery, match: string | null): Promise<FacetCounts> {
		const where = (facet: FacetName) => this.filters(query, match, facet);
		const { rows } = await sql<{ facet: FacetName; value: string; n: number }>`
			select 'sector' as facet, s as value, count(*) as n
				from search_pg_document, unnest(sectors) s where ${where('sector')} group by s
			union all select 'kind', kind, count(*) from search_pg_document
				where ${where('kind')} group by kind
			union all select 'country', country, count(*) from search_pg_document
				where ${where('country')} group by country`.execute(this.db);
		const facets = emptyFacets();
		for (const r of rows) if (FACET_NAMES.includes(r.facet)) facets[r.facet][r.value] = Number(r.n);
		return facets;
	}

	private async page(query: SearchQuery, match: string | null) {
		const where = this.filters(query, match);
		const order =
			match === null
				? sql`has_booth desc, sort_name, id`
				: sql`ts_rank(${WEIGHTS}, words, ${match}::tsquery) desc, has_booth desc, sort_name, id`;
		const limit = Math.max(0, Math.min(query.limit, 1000));
		const offset = Math.max(0, query.offset);
		const [{ rows }, totals, facets] = await Promise.all([
			sql<{ data: SearchDocument }>`select data from search_pg_document where ${where}
				order by ${order} limit ${limit} offset ${offset}`.execute(this.db),
			sql<{ n: number }>`select count(*) as n from search_pg_document where ${where}`.execute(
				this.db
			),
			this.facets(query, match)
		]);
		return { docs: rows.map((r) => r.data), total: Number(totals.rows[0]?.n ?? 0), facets };
	}

	async search(query: SearchQuery): Promise<SearchResponse> {
		const started = performance.now();
		await this.applySettings();
		const words = tokenize(cleanQuery(query.q))
			.slice(0, MAX_WORDS)
			.map((w) => fold(w));
		let found = { docs: [] as SearchDocument[], total: 0, facets: emptyFacets() };
		let matches: TermMatcher = () => false;
		let suggestion: string | null = null;
		if (words.length === 0) found = await this.page(query, null);
		else {
			const plans = await this.plan(words);
			// Meilisearch's "last" matching strategy: drop words from the end until something matches.
			for (let n = plans.length; n >= 1 && found.total === 0; n--) {
				const used = plans.slice(0, n);
				if (used.some((p) => p.terms.length === 0 && !p.prefix)) continue;
				found = await this.page(query, tsquery(used));
				matches = termMatcher(used);
			}
			if (found.total === 0) suggestion = await this.suggestWords(words);
		}
		const response: SearchResponse = {
			query: query.q,
			engine: this.name,
			degraded: false,
			estimatedTotalHits: found.total,
			hits: found.docs.map((doc) => toHit(doc, query, matches)),
			facets: found.facets,
			processingTimeMs: Math.round(performance.now() - started)
		};
		if (suggestion) response.suggestion = suggestion;
		return response;
	}
}
