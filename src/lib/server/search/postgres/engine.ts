/**
 * The embedded search engine of a PostgreSQL deployment: PostgreSQL's own full-text search,
 * so several app processes share one index and need nothing else. PostgreSQL-only SQL is
 * confined to this folder (like search/sqlite/ for SQLite).
 *
 * - search_pg_document: one row per document (its JSON, the browse order, the facet values)
 *   and `words`, a tsvector of its folded words (unaccented and lower case, as the SQLite
 *   engine folds them) weighted A title, B tags and sector names, C organisation, place and
 *   booth, D summaries and descriptions, plus their Spanish and English stems (weight D) from
 *   the `spanish` and `english` configurations over `unaccent`ed text, and `title_words`,
 *   the title's words alone (inline, for the tiers below). The document and `words` are kept
 *   out of line, so a heap row is a few hundred bytes and a broad match reads only those;
 * - search_pg_term: every folded word seen, with a pg_trgm index for typo lookups and a
 *   pattern index for prefixes; words that have left the index are dropped by a liveness
 *   check at query time.
 *
 * The rules are the SQLite engine's (and Meilisearch's): one typo from 5 letters, two from 9,
 * the last word as a prefix, every word required, and words dropped from the end until
 * something matches; up to 1,500 matches ranked by ts_rank (title first), more in the SQLite
 * engine's tiers (organisations named by the words, then titles, then the rest); ties in
 * browse order. Queries run with the planner kept to the indexes (see `indexed`).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/client';
import {
	emptyFacets,
	FACET_NAMES,
	healthByCount,
	type EngineHealth,
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
/** Up to this many matches are scored (ts_rank); more are ranked in tiers, as by the SQLite engine. */
const RANK_ALL_UP_TO = 1500;
/** Vocabulary words looked at to decide whether a prefix is still indexed. */
const PREFIX_TERMS = 32;
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
					// Slim heap rows: the big values (the document, its words) live out of line, so
					// counting and faceting a broad match reads a few MB, not every tsvector; the
					// title's words stay inline for the ranking tiers of broad matches.
					sql`alter table search_pg_document add column if not exists title_words tsvector`,
					sql`alter table search_pg_document set (toast_tuple_target = 128)`,
					sql`alter table search_pg_document
						alter column words set storage external,
						alter column data set storage external,
						alter column title_words set storage plain,
						alter column sectors set storage plain,
						alter column sort_name set storage plain,
						alter column id set storage plain`,
					sql`create index if not exists search_pg_document_words
						on search_pg_document using gin (words)`,
					sql`create index if not exists search_pg_document_browse
						on search_pg_document (has_booth desc, sort_name, id)`,
					sql`create table if not exists search_pg_term (term text primary key)`,
					sql`create index if not exists search_pg_term_trgm
						on search_pg_term using gist (term gist_trgm_ops)`,
					// Prefix lookups (`term like 'min%'`) whatever the database's collation.
					sql`create index if not exists search_pg_term_prefix
						on search_pg_term (term text_pattern_ops)`
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
					(id, type, has_booth, sort_name, sectors, kind, country, data, title_words, words)
					select r.id, r.type, r.has_booth, r.sort_name,
						array(select jsonb_array_elements_text(r.sectors)), r.kind, r.country, r.data,
						strip(to_tsvector('simple', r.a)),
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
						title_words = excluded.title_words, words = excluded.words`.execute(trx);
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

	health(): Promise<EngineHealth> {
		return healthByCount(this);
	}

	/** Whether any document has this tsquery (one GIN lookup). */
	private async live(query: string): Promise<boolean> {
		const { rows } = await sql<{ found: boolean }>`select exists (
			select 1 from search_pg_document where words @@ ${query}::tsquery) as found`.execute(this.db);
		return Boolean(rows[0]?.found);
	}

	/**
	 * Whether any document has a word starting with `word`. Not `words @@ 'word':*` alone: the
	 * planner cannot estimate a prefix and may scan every document to find none. The
	 * vocabulary's prefix index names the candidate words, and one GIN lookup of them decides;
	 * only if every one of a full page of them has left the index is the prefix itself checked.
	 */
	private async livePrefix(word: string): Promise<boolean> {
		const pattern = `${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		const { rows } = await sql<{ term: string }>`select term from search_pg_term
			where term like ${pattern} order by term limit ${PREFIX_TERMS}`.execute(this.db);
		if (rows.length === 0) return false;
		if (await this.live(rows.map((r) => lexeme(r.term)).join(' | '))) return true;
		return rows.length === PREFIX_TERMS && this.live(`${lexeme(word)}:*`);
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
			if (last && word.length >= 2 && (await this.livePrefix(word))) {
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
		return this.indexed((reader) => reader.suggestWords(words));
	}

	/**
	 * Runs `fn` on this engine bound to one read transaction in which the planner keeps to the
	 * indexes. It cannot estimate how many documents a prefix, a typo or a broad word matches,
	 * and a scan of every row reads every document's tsvector (out of line, see applySettings);
	 * the GIN index reads only the slim rows it names, and the vocabulary has its own indexes.
	 */
	private indexed<T>(fn: (reader: PostgresSearchEngine) => Promise<T>): Promise<T> {
		return this.db.transaction().execute(async (trx) => {
			await sql`set local enable_seqscan = off`.execute(trx);
			// A broad match's slim rows (tens of thousands) stay in memory, not in a temp file.
			await sql`set local work_mem = '32MB'`.execute(trx);
			const reader = new PostgresSearchEngine(trx);
			reader.ready = this.ready;
			return fn(reader);
		});
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

	/**
	 * One page of matches, their total and the facet counts, in one statement: the matches are
	 * read once into a CTE (slim rows: no document, no tsvector), then counted per facet and
	 * paged from there. Facets count OR within a facet: each facet is counted over the
	 * documents that pass every other filter (docs/contracts.md, "Search API"), so ticking
	 * Chile still shows Peru's count. Up to RANK_ALL_UP_TO matches are ranked by ts_rank (title
	 * first); more are too many to score, and are ranked as the SQLite engine ranks them:
	 * organisations named by the words, then every word in a title, then the rest, browse
	 * order within each tier.
	 */
	private async page(query: SearchQuery, match: string | null) {
		const where: RawBuilder<unknown>[] = [sql`true`];
		if (match !== null) where.push(sql`words @@ ${match}::tsquery`);
		if (query.type) where.push(sql`type = ${query.type}`);
		const sectorOk = query.sector.length ? sql`sectors && ${query.sector}::text[]` : sql`true`;
		const kindOk = query.kind.length ? sql`kind = any(${query.kind}::text[])` : sql`true`;
		const countryOk = query.country.length
			? sql`country = any(${query.country}::text[])`
			: sql`true`;
		const titled =
			match === null ? sql`false` : sql`coalesce(title_words @@ ${match}::tsquery, false)`;
		const order =
			match === null
				? sql`has_booth desc, sort_name, id`
				: sql`case when (select n from total) <= ${RANK_ALL_UP_TO} then (
						select ts_rank(${WEIGHTS}, d.words, ${match}::tsquery)
						from search_pg_document d where d.id = m.id) else 0 end desc,
					case when (select n from total) <= ${RANK_ALL_UP_TO} then 0
						when type = 'organisation' and titled then 1 when titled then 2 else 3 end,
					has_booth desc, sort_name, id`;
		const limit = Math.max(0, Math.min(query.limit, 1000));
		const offset = Math.max(0, query.offset);
		const statement = sql<{
			part: 'hit' | 'total' | FacetName;
			value: string | null;
			n: number;
			data: SearchDocument | null;
		}>`with m as materialized (
				select id, type, sectors, kind, country, has_booth, sort_name, ${titled} as titled,
					${sectorOk} as s_ok, ${kindOk} as k_ok, ${countryOk} as c_ok
				from search_pg_document where ${sql.join(where, sql` and `)}
			), total as (
				select count(*) as n from m where s_ok and k_ok and c_ok
			), hits as (
				-- Numbered after the top-N sort, not by a window over every match.
				select id, row_number() over () as pos from (
					select id from m where s_ok and k_ok and c_ok
					order by ${order} limit ${limit} offset ${offset}) page
			)
			select 'hit' as part, null::text as value, h.pos as n, d.data
				from hits h join search_pg_document d on d.id = h.id
			union all select 'total', null, n, null from total
			union all select 'sector', s, count(*), null from m, unnest(sectors) s
				where k_ok and c_ok group by s
			union all select 'kind', kind, count(*), null from m where s_ok and c_ok group by kind
			union all select 'country', country, count(*), null from m
				where s_ok and k_ok group by country`;
		const { rows } = await statement.execute(this.db);
		const facets = emptyFacets();
		const hits: { pos: number; data: SearchDocument }[] = [];
		let total = 0;
		for (const r of rows) {
			if (r.part === 'hit' && r.data) hits.push({ pos: Number(r.n), data: r.data });
			else if (r.part === 'total') total = Number(r.n);
			else if (FACET_NAMES.includes(r.part as FacetName) && r.value !== null)
				facets[r.part as FacetName][r.value] = Number(r.n);
		}
		hits.sort((x, y) => x.pos - y.pos);
		return { docs: hits.map((h) => h.data), total, facets };
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
			await this.indexed(async (reader) => {
				const plans = await reader.plan(words);
				// Meilisearch's "last" matching strategy: drop words from the end until something matches.
				for (let n = plans.length; n >= 1 && found.total === 0; n--) {
					const used = plans.slice(0, n);
					if (used.some((p) => p.terms.length === 0 && !p.prefix)) continue;
					found = await reader.page(query, tsquery(used));
					matches = termMatcher(used);
				}
				if (found.total === 0) suggestion = await reader.suggestWords(words);
			});
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
