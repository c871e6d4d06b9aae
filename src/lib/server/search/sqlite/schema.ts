import type { Db } from '../../db/client';
import { parseDocumentId } from '../engine';
import { rawOf, stmt, type Raw } from './raw';

/**
 * The embedded index lives in the platform's own SQLite file. SQLite-only SQL (FTS5,
 * fts5vocab, WITHOUT ROWID) is confined to this folder, and created here rather than in a
 * migration so that the migrations stay portable to PostgreSQL.
 *
 * - search_document: one row per document (its JSON, the browse order, the facet values
 *   that the in-memory snapshot reads in one scan; sectors joined by SEPARATOR);
 * - search_fts: contentless FTS5 over title / tags / org-and-place / body, accents folded
 *   (detail=full, the default: bm25 scores every match 0 under detail=column);
 * - search_title: the same title and tags columns again, alone: the ranking tiers of a broad
 *   query read names and tags here, in doclists a tenth the size (search_fts merges a
 *   prefix's whole doclist before it applies a column filter);
 * - search_vocab: the FTS5 vocabulary (which words exist, in how many documents);
 * - search_term + search_term_tri: every word seen, with a trigram index for typo lookups.
 */
export const SEPARATOR = '\u001f';

/** Bumped when the tables change shape: older search tables are dropped and rebuilt. */
const SCHEMA_VERSION = 5;
const TABLES = [
	'search_document',
	'search_facet',
	'search_fts',
	'search_title',
	'search_vocab',
	'search_term',
	'search_term_tri',
	'search_meta'
];

const STATEMENTS = [
	`CREATE TABLE IF NOT EXISTS search_meta (version INTEGER NOT NULL) STRICT`,
	`CREATE TABLE IF NOT EXISTS search_document (
		rowid INTEGER PRIMARY KEY,
		id TEXT NOT NULL UNIQUE,
		type TEXT NOT NULL,
		has_booth INTEGER NOT NULL,
		sort_name TEXT NOT NULL,
		sectors TEXT NOT NULL,
		kind TEXT NOT NULL,
		country TEXT NOT NULL,
		data TEXT NOT NULL
	) STRICT`,
	// Covering the snapshot's columns: loading it then reads this index, not 60,000 JSON rows.
	`CREATE INDEX IF NOT EXISTS search_document_browse
		ON search_document (has_booth DESC, sort_name, rowid, sectors, kind, country)`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
		title, tags, org, body,
		content = '', contentless_delete = 1,
		tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
	)`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS search_title USING fts5(
		title, tags,
		content = '', contentless_delete = 1,
		tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
	)`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS search_vocab USING fts5vocab(search_fts, 'row')`,
	`CREATE TABLE IF NOT EXISTS search_term (rowid INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE) STRICT`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS search_term_tri USING fts5(
		padded, content = '', contentless_delete = 1, tokenize = 'trigram'
	)`,
	`INSERT INTO search_meta (version) SELECT ${SCHEMA_VERSION}
		WHERE NOT EXISTS (SELECT 1 FROM search_meta)`
];

/**
 * Search tables of an older shape are dropped: the index is derived data, and an empty
 * index is refilled from the database when the server starts (or by `extemin reindex`).
 */
function createTables(raw: Raw): void {
	const hasDocuments = raw
		.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_document'")
		.get();
	const hasMeta = raw.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_meta'").get();
	const version = hasMeta ? raw.prepare('SELECT version FROM search_meta').pluck().get() : null;
	raw
		.transaction(() => {
			if (hasDocuments && version !== SCHEMA_VERSION) {
				for (const table of TABLES) raw.exec(`DROP TABLE IF EXISTS ${table}`);
			}
			for (const statement of STATEMENTS) raw.exec(statement);
		})
		.immediate();
}

const ready = new WeakMap<Db, Raw>();

/** Creates the tables once per connection; returns the connection's better-sqlite3 handle. */
export async function ensureSchema(db: Db): Promise<Raw> {
	const known = ready.get(db);
	if (known) return known;
	const raw = await rawOf(db);
	await db.connection().execute(async () => createTables(raw));
	ready.set(db, raw);
	return raw;
}

/** Bumped on every write, so that the in-memory snapshot knows it is stale. */
const generations = new WeakMap<Raw, number>();
const generationOf = (raw: Raw) => generations.get(raw) ?? 0;
export const bumpGeneration = (raw: Raw) => generations.set(raw, generationOf(raw) + 1);

/** Changes with every commit: this connection's (generation) and others' (data_version). */
export function indexVersion(raw: Raw): string {
	return `${generationOf(raw)}:${stmt(raw, 'PRAGMA data_version').pluck().get()}`;
}

/** Rowids interleave the two types: organisation n is 2n, innovation n is 2n + 1. */
export function rowidOf(id: string): number {
	const ref = parseDocumentId(id);
	if (!ref) throw new Error(`search document id "${id}" is not <organisation|innovation>-<number>`);
	return ref.id * 2 + (ref.type === 'innovation' ? 1 : 0);
}
