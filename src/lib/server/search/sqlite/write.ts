import type { SearchDocument } from '../engine';
import { collectWords, tokenize } from '../text';
import { stmt, type Raw } from './raw';
import { rowidOf, SEPARATOR } from './schema';
import { pack } from './stored';

/** The four FTS5 columns of a document: title, tags (and sector names), org and place, body. */
export function ftsColumns(doc: SearchDocument): [string, string, string, string] {
	const title = doc.title_es === doc.title_en ? doc.title_es : `${doc.title_es} ${doc.title_en}`;
	const tags = [...doc.tags, ...doc.sector_names].join(' ; ');
	const org = [doc.organisation_name ?? '', doc.place, doc.booth ?? ''].join(' ');
	const body = [doc.summary_es, doc.summary_en, doc.description_es, doc.description_en].join(' ');
	return [title, tags, org, body];
}

/**
 * The distinct folded words of many texts. Folding and tokenizing each distinct raw word
 * once, instead of every text, is what keeps this cheap: 60,000 documents hold millions of
 * words but only thousands of distinct ones.
 */
function wordsOf(texts: Iterable<string>): Set<string> {
	const raw = new Set<string>();
	for (const text of texts) collectWords(text, raw);
	const words = new Set<string>();
	for (const w of raw) for (const folded of tokenize(w)) words.add(folded);
	return words;
}

/**
 * Inserts or replaces documents. Runs inside the caller's transaction with statements
 * prepared once per connection (multi-row inserts through the query builder cost more to
 * compile than SQLite took to run them).
 */
export function writeDocuments(raw: Raw, docs: SearchDocument[], vocabulary = true): void {
	const rowids = docs.map((d) => rowidOf(d.id));
	// Only rows that exist are deleted: in a rebuild nothing does, and this costs one lookup.
	const present = stmt(
		raw,
		'SELECT rowid FROM search_document WHERE rowid IN (SELECT value FROM json_each(?))'
	)
		.pluck()
		.all(JSON.stringify(rowids)) as number[];
	removeRows(raw, present);
	const insertDoc = stmt(
		raw,
		`INSERT INTO search_document
			(rowid, id, type, has_booth, sort_name, sectors, kind, country, data)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const insertFts = stmt(
		raw,
		'INSERT INTO search_fts (rowid, title, tags, org, body) VALUES (?, ?, ?, ?, ?)'
	);
	const insertTitle = stmt(raw, 'INSERT INTO search_title (rowid, title, tags) VALUES (?, ?, ?)');
	const texts: string[] = [];
	docs.forEach((d, k) => {
		const rowid = rowids[k];
		const sectors = d.sectors.join(SEPARATOR);
		const data = pack(d);
		insertDoc.run(rowid, d.id, d.type, d.has_booth, d.sort_name, sectors, d.kind, d.country, data);
		const columns = ftsColumns(d);
		insertFts.run(rowid, ...columns);
		insertTitle.run(rowid, columns[0], columns[1]);
		if (vocabulary) texts.push(...columns);
	});
	if (vocabulary) addTerms(raw, wordsOf(texts));
}

export function removeRows(raw: Raw, rowids: number[]): void {
	if (rowids.length === 0) return;
	const list = JSON.stringify(rowids);
	for (const table of ['search_fts', 'search_title', 'search_document']) {
		stmt(raw, `DELETE FROM ${table} WHERE rowid IN (SELECT value FROM json_each(?))`).run(list);
	}
}

/** Words are only ever added: a word that left the index is filtered out against search_vocab. */
function addTerms(raw: Raw, words: Set<string>): void {
	const insertTerm = stmt(raw, 'INSERT OR IGNORE INTO search_term (term) VALUES (?)');
	const insertTri = stmt(raw, 'INSERT INTO search_term_tri (rowid, padded) VALUES (?, ?)');
	for (const term of words) {
		const { changes, lastInsertRowid } = insertTerm.run(term);
		if (changes > 0) insertTri.run(lastInsertRowid, `^${term}$`);
	}
}

/**
 * After a bulk load (which skips the per-batch vocabulary): every word of the index into
 * search_term, read from FTS5's own vocabulary in one pass (0.3 s for 60,000 documents,
 * where tokenizing them all again in JavaScript took over 1.5 s).
 */
export function addIndexTerms(raw: Raw): void {
	const before = Number(stmt(raw, 'SELECT coalesce(max(rowid), 0) FROM search_term').pluck().get());
	raw.exec('INSERT OR IGNORE INTO search_term (term) SELECT term FROM search_vocab');
	stmt(
		raw,
		`INSERT INTO search_term_tri (rowid, padded)
		SELECT rowid, '^' || term || '$' FROM search_term WHERE rowid > ?`
	).run(before);
}

/**
 * FTS5 writes its pending terms out as a new segment every `hashsize` bytes (1 MB by
 * default) and then merges segments; a bulk load with 32 MB makes far fewer of them.
 */
export function setBulkHash(raw: Raw, bulk: boolean): void {
	const size = bulk ? 32 * 1024 * 1024 : 1024 * 1024;
	raw.exec(`INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', ${size})`);
}

export function clearIndex(raw: Raw): void {
	raw.exec(`DELETE FROM search_document;
		DELETE FROM search_term;
		INSERT INTO search_fts (search_fts) VALUES ('delete-all');
		INSERT INTO search_title (search_title) VALUES ('delete-all');
		INSERT INTO search_term_tri (search_term_tri) VALUES ('delete-all');`);
}
