import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/client';
import {
	emptyFacets,
	type FacetCounts,
	type FacetName,
	type SearchDocument,
	type SearchQuery
} from '../engine';

/** Column weights for bm25: title, tags (and sector names), organisation and place, body. */
const RANK = sql.raw('bm25(search_fts, 20.0, 6.0, 3.0, 1.0)');
/**
 * bm25 costs a few microseconds a row, so it ranks every match only up to this many. Past
 * it, matches in names, titles and tags are ranked by bm25 and the rest follow in browse
 * order: Meilisearch's "attribute" rule, without scoring thousands of descriptions.
 */
export const RANK_ALL_UP_TO = 1500;

type Sql = RawBuilder<unknown>;

/**
 * The WHERE clause of the type and facet filters, on the document rowid `id`. Always applied
 * to a MATERIALIZED set of matches: a rowid constraint reaching FTS5 makes it re-run the
 * MATCH once per candidate rowid (seconds, not milliseconds).
 */
export function filterSql(query: SearchQuery, id: Sql): Sql {
	const parts: Sql[] = [sql`1`];
	// Rowid parity is the type (see rowidOf), so this filter needs no join.
	if (query.type) parts.push(sql`(${id} & 1) = ${query.type === 'innovation' ? 1 : 0}`);
	const facets: [FacetName, string[]][] = [
		['sector', query.sector],
		['kind', query.kind],
		['country', query.country]
	];
	for (const [facet, selected] of facets) {
		if (selected.length === 0) continue;
		parts.push(sql`${id} IN (SELECT doc FROM search_facet
			WHERE facet = ${facet} AND value IN (${sql.join(selected)}))`);
	}
	return sql.join(parts, sql` AND `);
}

export const matching = (expr: string) =>
	sql`SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ${expr}`;
export const allDocuments = sql`SELECT rowid AS id FROM search_document`;

/** The total and facet counts of the filtered set, in one pass over it. */
export async function countFacets(db: Db, candidates: Sql, query: SearchQuery) {
	const rows = await sql<{ part: string; value: string | null; n: number }>`
		WITH c AS MATERIALIZED (${candidates}),
		h AS MATERIALIZED (SELECT c.id FROM c WHERE ${filterSql(query, sql`c.id`)})
		SELECT 'total' AS part, NULL AS value, count(*) AS n FROM h
		UNION ALL SELECT f.facet, f.value, count(*) FROM h JOIN search_facet f ON f.doc = h.id
		GROUP BY f.facet, f.value`.execute(db);
	const facets: FacetCounts = emptyFacets();
	let total = 0;
	for (const row of rows.rows) {
		if (row.part === 'total') total = row.n;
		else facets[row.part as FacetName][String(row.value)] = row.n;
	}
	return { total, facets };
}

const parse = (rows: { data: string }[]) => rows.map((r) => JSON.parse(r.data) as SearchDocument);

/** A page in browse order (booth first, then name), walking the browse index. */
export async function browsePage(
	db: Db,
	query: SearchQuery,
	within: Sql | null,
	skip: number,
	take: number
) {
	if (take <= 0) return [];
	// Materialised: otherwise SQLite may probe the FTS subquery once per document it walks.
	const cte = within ? sql`WITH scope AS MATERIALIZED (${within})` : sql``;
	const scope = within ? sql`d.rowid IN scope AND` : sql``;
	const rows = await sql<{ data: string }>`${cte} SELECT d.data FROM search_document d
		WHERE ${scope} ${filterSql(query, sql`d.rowid`)}
		ORDER BY d.has_booth DESC, d.sort_name, d.rowid LIMIT ${take} OFFSET ${skip}`.execute(db);
	return parse(rows.rows);
}

/** Every match ranked by bm25 (ties: booth first, then name). */
async function rankedPage(db: Db, expr: string, query: SearchQuery, skip: number, take: number) {
	const rows = await sql<{ data: string }>`WITH m AS MATERIALIZED (
			SELECT rowid AS id, ${RANK} AS score FROM search_fts WHERE search_fts MATCH ${expr}
		)
		SELECT d.data FROM m JOIN search_document d ON d.rowid = m.id
		WHERE ${filterSql(query, sql`m.id`)}
		ORDER BY m.score, d.has_booth DESC, d.sort_name, d.rowid LIMIT ${take} OFFSET ${skip}`.execute(db);
	return parse(rows.rows);
}

/** One page of the matches of `expr`; `titleExpr` is the same query on names, titles and tags. */
export async function matchPage(
	db: Db,
	expr: string,
	titleExpr: string,
	query: SearchQuery,
	total: number
) {
	const { offset, limit } = query;
	if (total <= RANK_ALL_UP_TO) return rankedPage(db, expr, query, offset, limit);
	const tier = await sql<{ id: number; score: number }>`WITH m AS MATERIALIZED (
			SELECT rowid AS id, ${RANK} AS score FROM search_fts WHERE search_fts MATCH ${titleExpr}
		)
		SELECT m.id, m.score FROM m WHERE ${filterSql(query, sql`m.id`)}`.execute(db);
	const first = tier.rows
		.sort((a, b) => a.score - b.score || a.id - b.id)
		.slice(offset, offset + limit);
	let docs: SearchDocument[] = [];
	if (first.length) {
		const data = await sql<{ rowid: number; data: string }>`SELECT rowid, data FROM search_document
			WHERE rowid IN (${sql.join(first.map((r) => r.id))})`.execute(db);
		const byId = new Map(data.rows.map((r) => [r.rowid, JSON.parse(r.data) as SearchDocument]));
		docs = first.map((r) => byId.get(r.id)).filter((d): d is SearchDocument => Boolean(d));
	}
	const rest = sql`${matching(expr)} EXCEPT ${matching(titleExpr)}`;
	const skip = Math.max(0, offset - tier.rows.length);
	return [...docs, ...(await browsePage(db, query, rest, skip, limit - first.length))];
}
