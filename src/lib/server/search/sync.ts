import type { Db } from '../db/client';
import type { SearchDocType } from '../db/schema';
import { buildDocuments, chunks, listDocumentRefs, type DocumentRef } from './documents';
import { documentId, type SearchEngine } from './engine';
import { FallbackSearchEngine, getSearch } from './engines';
import { flushSearchLog } from './log';
import { SqliteSearchEngine } from './sqlite/engine';

/**
 * Records that a searchable record changed. Call it with the transaction that changes the
 * record, so the index learns about exactly the committed changes. The drain reads the
 * record again when it runs, so the op is a hint: a record that is gone is deleted.
 */
export async function enqueueSearchDocument(
	db: Db,
	type: SearchDocType,
	id: number,
	op: 'upsert' | 'delete' = 'upsert'
): Promise<void> {
	await db.insertInto('outbox').values({ doc_type: type, doc_id: id, op }).execute();
	requestDrain();
}

export interface DrainResult {
	processed: number;
	failed: number;
	error?: string;
}

/**
 * Pushes the outbox to the engine in batches. Every batch is built from the database as it
 * is now, and upserts replace by id, so replaying rows (after a crash, or twice) changes
 * nothing. A failing batch keeps its rows, with attempts + 1 and the error, and ends the
 * drain: the engine is probably down, and the next drain retries.
 */
export async function drainOutbox(
	db: Db,
	engine: SearchEngine,
	{ batchSize = 200, maxBatches = Number.POSITIVE_INFINITY } = {}
): Promise<DrainResult> {
	let processed = 0;
	for (let batch = 0; batch < maxBatches; batch++) {
		const rows = await db.selectFrom('outbox').selectAll().orderBy('id').limit(batchSize).execute();
		if (rows.length === 0) break;
		const ids = rows.map((r) => r.id);
		// The latest op per document wins; rows come in id order.
		const latest = new Map<string, (typeof rows)[number]>();
		for (const row of rows) latest.set(documentId(row.doc_type, row.doc_id), row);
		const refs: DocumentRef[] = [...latest.values()]
			.filter((r) => r.op === 'upsert')
			.map((r) => ({ type: r.doc_type, id: r.doc_id }));
		try {
			const documents = await buildDocuments(db, refs);
			const present = new Set(documents.map((d) => d.id));
			await engine.upsert(documents);
			await engine.delete([...latest.keys()].filter((id) => !present.has(id)));
			await db.deleteFrom('outbox').where('id', 'in', ids).execute();
			processed += rows.length;
		} catch (err) {
			const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
			await db
				.updateTable('outbox')
				.set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: message }))
				.where('id', 'in', ids)
				.execute();
			return { processed, failed: rows.length, error: message };
		}
	}
	return { processed, failed: 0 };
}

/** Same shape as the command line's progress bar: a message and a fraction from 0 to 1. */
export type ReindexProgress = (message: string, fraction: number) => void;

export interface ReindexResult {
	documents: number;
	/** Documents left in the outbox for Meilisearch because it did not answer. */
	queued: number;
	error?: string;
}

async function rebuild(
	db: Db,
	engine: SearchEngine,
	refs: DocumentRef[],
	onProgress: ReindexProgress
) {
	await engine.applySettings();
	const bulk = engine instanceof SqliteSearchEngine ? engine : null;
	// Larger batches for the embedded engine: FTS5 writes a segment (and merges) per commit.
	const batch = bulk ? 5000 : 1000;
	const load = async () => {
		await engine.clear();
		let done = 0;
		onProgress(`0/${refs.length}`, refs.length ? 0 : 1);
		for (const chunk of chunks(refs, batch)) {
			await engine.upsert(await buildDocuments(db, chunk));
			done += chunk.length;
			onProgress(`${done}/${refs.length} documents`, done / refs.length);
		}
	};
	// The embedded engine has a faster path for loading everything at once.
	if (bulk) await bulk.bulkLoad(load);
	else await load();
}

/**
 * Rebuilds the index from the database. Outbox rows written before the rebuild started are
 * covered by it and removed; later ones stay for the drain. With Meilisearch configured,
 * the embedded index is rebuilt first; if Meilisearch then fails, every document is queued
 * in the outbox (so it catches up once it is back) and the error is returned, not thrown,
 * because the embedded index already serves search.
 */
export async function reindexAll(
	db: Db,
	engine: SearchEngine,
	onProgress: ReindexProgress = () => undefined
): Promise<ReindexResult> {
	const last = await db
		.selectFrom('outbox')
		.select((eb) => eb.fn.max('id').as('id'))
		.executeTakeFirst();
	const refs = await listDocumentRefs(db);
	const primary = engine instanceof FallbackSearchEngine ? engine.primary : null;
	await rebuild(db, primary ? (engine as FallbackSearchEngine).embedded : engine, refs, onProgress);
	if (last?.id != null) await db.deleteFrom('outbox').where('id', '<=', last.id).execute();
	if (!primary) return { documents: refs.length, queued: 0 };
	try {
		await rebuild(db, primary, refs, onProgress);
		return { documents: refs.length, queued: 0 };
	} catch (err) {
		for (const chunk of chunks(refs, 500)) {
			const rows = chunk.map((r) => ({ doc_type: r.type, doc_id: r.id, op: 'upsert' as const }));
			await db.insertInto('outbox').values(rows).execute();
		}
		const error = `Meilisearch: ${err instanceof Error ? err.message : String(err)}`;
		return { documents: refs.length, queued: refs.length, error };
	}
}

interface SyncState {
	db: Db;
	engine: SearchEngine;
	timer: ReturnType<typeof setInterval>;
	running: Promise<void> | null;
	again: boolean;
	onError: (message: string) => void;
}

let state: SyncState | null = null;

async function drainLoop(s: SyncState): Promise<void> {
	do {
		s.again = false;
		const result = await drainOutbox(s.db, s.engine).catch((err: unknown) => ({
			processed: 0,
			failed: 0,
			error: err instanceof Error ? err.message : String(err)
		}));
		if (result.error) s.onError(result.error);
	} while (s.again);
}

/** Asks the running sync for a drain soon; several requests close together make one drain. */
export function requestDrain(): void {
	const s = state;
	if (!s) return;
	if (s.running) {
		s.again = true;
		return;
	}
	// A timer, not now: the caller's transaction commits before the drain reads the outbox.
	setTimeout(() => {
		if (state !== s || s.running) return;
		s.running = drainLoop(s).finally(() => (s.running = null));
	}, 20).unref();
}

export interface SyncOptions {
	db: Db;
	engine: SearchEngine;
	intervalMs?: number;
	onError?: (message: string) => void;
}

function halt(): SyncState | null {
	const s = state;
	state = null;
	if (s) clearInterval(s.timer);
	return s;
}

/** Starts the periodic drain of the server process; a second call replaces the first. */
export function startOutboxDrain(options: SyncOptions): void {
	halt();
	const s: SyncState = {
		db: options.db,
		engine: options.engine,
		timer: setInterval(() => requestDrain(), options.intervalMs ?? 2_000),
		running: null,
		again: false,
		onError: options.onError ?? ((message) => console.warn(`search sync: ${message}`))
	};
	s.timer.unref();
	state = s;
	requestDrain();
}

/** Stops the periodic drain and waits for a drain in progress. */
export async function stopOutboxDrain(): Promise<void> {
	await halt()?.running;
}

/** An index that is empty while the database is not (first start, a new engine) is rebuilt. */
async function fillIfEmpty(db: Db, engine: SearchEngine): Promise<void> {
	await engine.applySettings();
	if ((await engine.count()) > 0) return;
	const refs = await listDocumentRefs(db);
	if (refs.length > 0) await rebuild(db, engine, refs, () => undefined);
}

/**
 * Starts the server process's search sync: settings applied, empty indexes filled, then the
 * outbox drained every few seconds and whenever a write asks. Never throws: a search
 * problem is logged and retried, it does not stop the server.
 */
export function startSearchSync(options: { db?: Db; intervalMs?: number } = {}): void {
	const { db, engine, embedded } = getSearch(options.db);
	const warn = (err: unknown) =>
		console.warn(`search sync: ${err instanceof Error ? err.message : String(err)}`);
	const prepare = async () => {
		await fillIfEmpty(db, embedded).catch(warn);
		if (engine instanceof FallbackSearchEngine) await fillIfEmpty(db, engine.primary).catch(warn);
	};
	void prepare().finally(() => startOutboxDrain({ db, engine, intervalMs: options.intervalMs }));
}

export async function stopSearchSync(): Promise<void> {
	await stopOutboxDrain();
	await flushSearchLog();
}
