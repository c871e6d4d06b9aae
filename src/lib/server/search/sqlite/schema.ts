import { sql } from 'kysely';
import type { Db } from '../../db/client';
import { parseDocumentId, type SearchDocument } from '../engine';
import { tokenize } from '../text';

/**
 * The embedded index lives in the platform's own SQLite file. SQLite-only SQL (FTS5,
 * fts5vocab, WITHOUT ROWID) is confined to this folder, and created here rather than in a
 * migration so that the migrations stay portable to PostgreSQL.
 *
 * - search_document: one row per document (its JSON, and the browse order);
 * - search_facet: (facet, value, doc) for filters and facet counts;
 * - search_fts: contentless FTS5 over title / tags / org-and-place / body, accents folded;
 * - search_vocab: the FTS5 vocabulary (which words exist, in how many documents);
 * - search_term + search_term_tri: every word seen, with a trigram index for typo lookups.
 */
const STATEMENTS = [
	`CREATE TABLE IF NOT EXISTS search_document (
		rowid INTEGER PRIMARY KEY,
		id TEXT NOT NULL UNIQUE,
		type TEXT NOT NULL,
		has_booth INTEGER NOT NULL,
		sort_name TEXT NOT NULL,
		data TEXT NOT NULL
	) STRICT`,
	`CREATE INDEX IF NOT EXISTS search_document_browse
		ON search_document (has_booth DESC, sort_name, rowid)`,
	`CREATE TABLE IF NOT EXISTS search_facet (
		facet TEXT NOT NULL,
		value TEXT NOT NULL,
		doc INTEGER NOT NULL,
		PRIMARY KEY (facet, value, doc)
	) STRICT, WITHOUT ROWID`,
	`CREATE INDEX IF NOT EXISTS search_facet_doc ON search_facet (doc, facet, value)`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
		title, tags, org, body,
		content = '', contentless_delete = 1,
		tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
	)`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS search_vocab USING fts5vocab(search_fts, 'row')`,
	`CREATE TABLE IF NOT EXISTS search_term (rowid INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE) STRICT`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS search_term_tri USING fts5(
		padded, content = '', contentless_delete = 1, tokenize = 'trigram'
	)`
];

const ready = new WeakSet<Db>();

export async function ensureSchema(db: Db): Promise<void> {
	if (ready.has(db)) return;
	for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
	ready.add(db);
}

/** Rowids interleave the two types: organisation n is 2n, innovation n is 2n + 1. */
export function rowidOf(id: string): number {
	const ref = parseDocumentId(id);
	if (!ref) throw new Error(`search document id "${id}" is not <organisation|innovation>-<number>`);
	return ref.id * 2 + (ref.type === 'innovation' ? 1 : 0);
}

export function ftsColumns(doc: SearchDocument): [string, string, string, string] {
	const title = doc.title_es === doc.title_en ? doc.title_es : `${doc.title_es} ${doc.title_en}`;
	const tags = [...doc.tags, ...doc.sector_names].join(' ; ');
	const org = [doc.organisation_name ?? '', doc.place, doc.booth ?? ''].join(' ');
	const body = [doc.summary_es, doc.summary_en, doc.description_es, doc.description_en].join(' ');
	return [title, tags, org, body];
}

function facetRows(rowid: number, doc: SearchDocument): [string, string, number][] {
	const rows: [string, string, number][] = doc.sectors.map((s) => ['sector', s, rowid]);
	if (doc.kind) rows.push(['kind', doc.kind, rowid]);
	if (doc.country) rows.push(['country', doc.country, rowid]);
	return rows;
}

const values = (rows: unknown[][]) => sql.join(rows.map((row) => sql`(${sql.join(row)})`));

/** Bumped on every write, so that cached browse counts know they are stale. */
const generations = new WeakMap<Db, number>();
export const generationOf = (db: Db) => generations.get(db) ?? 0;
export const bumpGeneration = (db: Db) => generations.set(db, generationOf(db) + 1);

export async function writeDocuments(trx: Db, docs: SearchDocument[]): Promise<void> {
	const rowids = docs.map((d) => rowidOf(d.id));
	await removeRows(trx, rowids);
	const words = new Set<string>();
	for (let i = 0; i < docs.length; i += 200) {
		const part = docs.slice(i, i + 200);
		const ids = rowids.slice(i, i + 200);
		const documents = part.map((d, k) => [
			ids[k],
			d.id,
			d.type,
			d.has_booth,
			d.sort_name,
			JSON.stringify(d)
		]);
		await sql`INSERT INTO search_document (rowid, id, type, has_booth, sort_name, data)
			VALUES ${values(documents)}`.execute(trx);
		const columns = part.map((d, k) => {
			const cols = ftsColumns(d);
			for (const col of cols) for (const w of tokenize(col)) words.add(w);
			return [ids[k], ...cols];
		});
		await sql`INSERT INTO search_fts (rowid, title, tags, org, body) VALUES ${values(columns)}`.execute(
			trx
		);
		const facets = part.flatMap((d, k) => facetRows(ids[k], d));
		if (facets.length) {
			await sql`INSERT OR IGNORE INTO search_facet (facet, value, doc) VALUES ${values(facets)}`.execute(
				trx
			);
		}
	}
	await addTerms(trx, [...words]);
}

export async function removeRows(trx: Db, rowids: number[]): Promise<void> {
	for (let i = 0; i < rowids.length; i += 500) {
		const list = sql.join(rowids.slice(i, i + 500));
		await sql`DELETE FROM search_fts WHERE rowid IN (${list})`.execute(trx);
		await sql`DELETE FROM search_facet WHERE doc IN (${list})`.execute(trx);
		await sql`DELETE FROM search_document WHERE rowid IN (${list})`.execute(trx);
	}
}

/** Words are only ever added: a word that left the index is filtered out against search_vocab. */
async function addTerms(trx: Db, words: string[]): Promise<void> {
	for (let i = 0; i < words.length; i += 2000) {
		const list = words.slice(i, i + 2000).map((w) => [w]);
		const added = await sql<{ rowid: number; term: string }>`
			INSERT OR IGNORE INTO search_term (term) VALUES ${values(list)} RETURNING rowid, term`.execute(trx);
		if (added.rows.length === 0) continue;
		const tri = added.rows.map((r) => [r.rowid, `^${r.term}$`]);
		await sql`INSERT INTO search_term_tri (rowid, padded) VALUES ${values(tri)}`.execute(trx);
	}
}

export async function clearIndex(trx: Db): Promise<void> {
	await sql`DELETE FROM search_document`.execute(trx);
	await sql`DELETE FROM search_facet`.execute(trx);
	await sql`DELETE FROM search_term`.execute(trx);
	await sql`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`.execute(trx);
	await sql`INSERT INTO search_term_tri (search_term_tri) VALUES ('delete-all')`.execute(trx);
}
