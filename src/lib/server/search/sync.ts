import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/client';
import type { OutboxTable, SearchDocType, SearchSyncStateTable } from '../db/schema';
import { buildDocuments, chunks, listDocumentRefs, type DocumentRef } from './documents';
import { documentId, failureKind, SearchEngineError, type SearchEngine } from './engine';
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

/** A rejected row is tried this many times (with backoff) before it is set aside. */
export const MAX_ATTEMPTS = 5;

/** Seconds before the next try after `attempts` failures: 2, 4, 8 ... up to 5 minutes. */
export function backoffSeconds(attempts: number): number {
	return Math.min(300, 2 ** Math.max(0, attempts - 1) * 2);
}

export interface DrainResult {
	processed: number;
	failed: number;
	error?: string;
	/** Rows set aside in outbox_failed during this drain. */
	setAside?: number;
	/** With more than one engine: each engine's own result. */
	engines?: Record<string, DrainResult>;
	/** Another drain (in this process or another) held the engine: this one did nothing. */
	busy?: boolean;
}

type EngineState = Selectable<SearchSyncStateTable>;
type OutboxRow = Selectable<OutboxTable>;

/** The engines a configured engine stands for, each drained on its own. */
export function enginesOf(engine: SearchEngine): SearchEngine[] {
	return engine instanceof FallbackSearchEngine ? [engine.embedded, engine.primary] : [engine];
}

const nowSec = () => Math.floor(Date.now() / 1000);
const messageOf = (err: unknown) =>
	(err instanceof Error ? err.message : String(err)).slice(0, 1000);
/** An engine's done-marker in outbox.done. */
const marker = (engine: string) => `,${engine},`;

async function stateOf(db: Db, engine: string): Promise<EngineState> {
	const read = () =>
		db.selectFrom('search_sync_state').selectAll().where('engine', '=', engine).executeTakeFirst();
	const found = await read();
	if (found) return found;
	await db
		.insertInto('search_sync_state')
		.values({ engine })
		.onConflict((oc) => oc.column('engine').doNothing())
		.execute();
	return (await read())!;
}

async function saveState(db: Db, state: EngineState): Promise<void> {
	// The lease is claimEngine's alone: a state read before the claim must not write it back.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { engine, lease_token, lease_until, ...rest } = state;
	await db
		.updateTable('search_sync_state')
		.set({ ...rest, updated_at: nowSec() })
		.where('engine', '=', engine)
		.execute();
}

/** Each engine's drain state, for the admin page. */
export async function searchSyncStates(db: Db): Promise<EngineState[]> {
	return db.selectFrom('search_sync_state').selectAll().orderBy('engine').execute();
}

/** Rows set aside because an engine kept rejecting them: newest first. */
export async function failedOutboxRows(db: Db, limit = 20) {
	return db.selectFrom('outbox_failed').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

/** Marks rows as applied by an engine. */
async function markDone(db: Db, engine: string, ids: number[]): Promise<void> {
	for (const chunk of chunks(ids, 500)) {
		await db
			.updateTable('outbox')
			.set({ done: sql<string>`done || ${marker(engine)}` })
			.where('id', 'in', chunk)
			.where('done', 'not like', `%${marker(engine)}%`)
			.execute();
	}
}

/** Sends one batch of rows to one engine: the latest op per document, read from the database now. */
async function applyRows(db: Db, engine: SearchEngine, rows: OutboxRow[]): Promise<void> {
	// The latest op per document wins; rows come in id order.
	const latest = new Map<string, OutboxRow>();
	for (const row of rows) latest.set(documentId(row.doc_type, row.doc_id), row);
	const refs: DocumentRef[] = [...latest.values()]
		.filter((r) => r.op === 'upsert')
		.map((r) => ({ type: r.doc_type, id: r.doc_id }));
	const documents = await buildDocuments(db, refs);
	const present = new Set(documents.map((d) => d.id));
	const deletes = [...latest.keys()].filter((id) => !present.has(id));
	if (engine.apply) await engine.apply(documents, deletes);
	else {
		await engine.upsert(documents);
		await engine.delete(deletes);
	}
}

/** How long a drain owns an engine without renewing its lease; the heartbeat renews it sooner. */
export const DRAIN_LEASE_SECONDS = 60;

/**
 * Claims (or renews) the engine for one drain: one conditional UPDATE, so of two drains
 * racing on one database, in one process or two, exactly one wins. On PostgreSQL the loser's
 * UPDATE waits for the winner's row lock and then re-reads the row (READ COMMITTED), finding
 * the lease taken; on SQLite the statement runs under the single write lock. A lease whose
 * drain died (no renewal for DRAIN_LEASE_SECONDS) may be taken by the next drain.
 */
export async function claimEngine(db: Db, engine: string, token: string): Promise<boolean> {
	await stateOf(db, engine);
	const t = nowSec();
	const result = await db
		.updateTable('search_sync_state')
		.set({ lease_token: token, lease_until: t + DRAIN_LEASE_SECONDS })
		.where('engine', '=', engine)
		.where((eb) => eb.or([eb('lease_until', '<=', t), eb('lease_token', '=', token)]))
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

async function releaseEngine(db: Db, engine: string, token: string): Promise<void> {
	await db
		.updateTable('search_sync_state')
		.set({ lease_token: null, lease_until: 0 })
		.where('engine', '=', engine)
		.where('lease_token', '=', token)
		.execute();
}

export interface DrainOptions {
	batchSize?: number;
	maxBatches?: number;
	/** Skip an engine whose last failure asked for a pause (the background drain does). */
	respectBackoff?: boolean;
}

/**
 * Applies to one engine the outbox rows it has not applied yet, oldest first, so that one
 * engine's outage never holds back another. Batches are built from the database as it is
 * now and upserts replace by id, so replaying rows changes nothing. On failure:
 * - an outage counts an attempt and pauses the engine (backoffSeconds); rows are kept;
 * - a rejected batch is split in halves until the rejected row is alone; the other rows go
 *   on, and that row is tried again after backoffSeconds(its attempts), and set aside in
 *   outbox_failed once it has MAX_ATTEMPTS failed tries;
 * - work the engine accepted but has not finished (`pending`) is remembered by its tasks
 *   and waited for on the next drain, never sent again.
 */
export async function drainEngine(
	db: Db,
	engine: SearchEngine,
	options: DrainOptions = {}
): Promise<DrainResult> {
	const state = await stateOf(db, engine.name);
	if (options.respectBackoff && state.retry_at > nowSec()) {
		return { processed: 0, failed: 0, error: state.last_error ?? undefined };
	}
	// One drain per engine across processes: the others leave it to the lease holder.
	const token = randomUUID();
	if (!(await claimEngine(db, engine.name, token))) return { processed: 0, failed: 0, busy: true };
	const lease = { lost: false };
	const renew = async () => {
		const held = await claimEngine(db, engine.name, token).catch(() => false);
		if (!held) lease.lost = true;
		return held;
	};
	const heartbeat = setInterval(() => void renew(), (DRAIN_LEASE_SECONDS * 1000) / 3);
	heartbeat.unref();
	try {
		return await drainClaimed(db, engine, options, async () => !lease.lost && (await renew()));
	} finally {
		clearInterval(heartbeat);
		await releaseEngine(db, engine.name, token).catch(() => undefined);
	}
}

/** drainEngine's work, under the engine's lease; `holding` renews it and says whether it is still held. */
async function drainClaimed(
	db: Db,
	engine: SearchEngine,
	{ batchSize = 200, maxBatches = Number.POSITIVE_INFINITY, respectBackoff = false }: DrainOptions,
	holding: () => Promise<boolean>
): Promise<DrainResult> {
	const state = await stateOf(db, engine.name);
	let processed = 0;
	let setAside = 0;
	const extra = () => (setAside ? { setAside } : {});
	const fail = async (err: unknown, rows: OutboxRow[]): Promise<DrainResult> => {
		const message = messageOf(err);
		state.attempts += 1;
		state.retry_at = nowSec() + backoffSeconds(state.attempts);
		state.last_error = message;
		await saveState(db, state);
		if (rows.length > 0) {
			await db
				.updateTable('outbox')
				.set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: message }))
				.where(
					'id',
					'in',
					rows.map((r) => r.id)
				)
				.execute();
		}
		return { processed, failed: Math.max(1, rows.length), error: message, ...extra() };
	};
	const succeeded = async () => {
		state.attempts = 0;
		state.retry_at = 0;
		state.last_error = null;
		state.pending_tasks = null;
		state.pending_rows = null;
		await saveState(db, state);
	};

	if (state.needs_rebuild) {
		try {
			await rebuildEngine(db, engine, () => undefined);
		} catch (err) {
			return fail(err, []);
		}
		Object.assign(state, await stateOf(db, engine.name));
	}

	if (state.pending_tasks && state.pending_rows && engine.awaitTasks) {
		const tasks = JSON.parse(state.pending_tasks) as number[];
		const ids = JSON.parse(state.pending_rows) as number[];
		try {
			await engine.awaitTasks(tasks, ids.length);
			await markDone(db, engine.name, ids);
			processed += ids.length;
			await succeeded();
		} catch (err) {
			if (failureKind(err) !== 'rejected') return fail(err, []);
			// The server finished the work and refused it: the rows go through the split below.
			state.pending_tasks = null;
			state.pending_rows = null;
		}
	}

	let size = batchSize;
	let splitUntil = 0;
	// Rows rejected alone in this drain: retried later (backoff by their attempts), not now.
	const skip: number[] = [];
	let rejected: unknown = null;
	const now = nowSec();
	for (let batch = 0; batch < maxBatches; batch++) {
		// A drain that lost its lease (stalled past it) stops: another one owns the rows now.
		if (!(await holding())) return { processed, failed: 0, busy: true, ...extra() };
		let query = db
			.selectFrom('outbox')
			.selectAll()
			.where('done', 'not like', `%${marker(engine.name)}%`);
		if (respectBackoff) query = query.where('retry_at', '<=', now);
		if (skip.length > 0) query = query.where('id', 'not in', skip);
		const rows = await query.orderBy('id').limit(size).execute();
		if (rows.length === 0) break;
		const ids = rows.map((r) => r.id);
		const through = ids[ids.length - 1];
		try {
			await applyRows(db, engine, rows);
		} catch (err) {
			const kind = failureKind(err);
			if (kind === 'pending' && err instanceof SearchEngineError) {
				state.pending_tasks = JSON.stringify(err.details.tasks ?? []);
				state.pending_rows = JSON.stringify(ids);
				state.last_error = messageOf(err);
				await saveState(db, state);
				return { processed, failed: rows.length, error: messageOf(err), ...extra() };
			}
			if (kind !== 'rejected') return fail(err, rows);
			if (rows.length > 1) {
				// Split: the halves that can succeed go through, the rejected row ends up alone.
				size = Math.ceil(rows.length / 2);
				splitUntil = Math.max(splitUntil, through);
				continue;
			}
			const [row] = rows;
			const attempts = row.attempts + 1;
			const message = messageOf(err);
			console.error(`search sync: ${engine.name} rejected ${describeRow(row)}: ${message}`);
			if (attempts >= MAX_ATTEMPTS) {
				await db
					.insertInto('outbox_failed')
					.values({
						engine: engine.name,
						outbox_id: row.id,
						doc_type: row.doc_type,
						doc_id: row.doc_id,
						op: row.op,
						attempts,
						error: message
					})
					.execute();
				console.error(`search sync: ${describeRow(row)} set aside after ${attempts} attempts`);
				setAside++;
				await markDone(db, engine.name, [row.id]);
			} else {
				await db
					.updateTable('outbox')
					.set({ attempts, last_error: message, retry_at: nowSec() + backoffSeconds(attempts) })
					.where('id', '=', row.id)
					.execute();
				skip.push(row.id);
				rejected = err;
			}
			if (through >= splitUntil) size = batchSize;
			continue;
		}
		processed += rows.length;
		await markDone(db, engine.name, ids);
		if (through >= splitUntil) size = batchSize;
	}
	if (rejected !== null) {
		state.last_error = messageOf(rejected);
		await saveState(db, state);
		return { processed, failed: skip.length, error: messageOf(rejected), ...extra() };
	}
	await succeeded();
	return { processed, failed: 0, ...extra() };
}

const describeRow = (row: OutboxRow) =>
	`${row.op} of ${row.doc_type} ${row.doc_id} (outbox ${row.id})`;

/** Removes the outbox rows that every given engine has applied. */
async function prune(db: Db, engines: SearchEngine[]): Promise<void> {
	let query = db.deleteFrom('outbox');
	for (const e of engines) query = query.where('done', 'like', `%${marker(e.name)}%`);
	await query.execute();
}

/**
 * Drains the outbox into each engine the configured one stands for (the embedded engine,
 * then Meilisearch), each on its own; rows every engine applied are removed. With one
 * engine, `processed` counts the rows it applied; with several, the rows removed, and
 * `engines` has each engine's result. `failed` counts rows an engine could not apply.
 */
export async function drainOutbox(
	db: Db,
	engine: SearchEngine,
	options: DrainOptions = {}
): Promise<DrainResult> {
	const engines = enginesOf(engine);
	const before = await outboxSize(db);
	const results: Record<string, DrainResult> = {};
	for (const e of engines) results[e.name] = await drainEngine(db, e, options);
	await prune(db, engines);
	const list = Object.values(results);
	if (engines.length === 1) return list[0];
	const error = list.find((r) => r.error)?.error;
	const setAside = list.reduce((n, r) => n + (r.setAside ?? 0), 0);
	return {
		processed: before - (await outboxSize(db)),
		failed: Math.max(...list.map((r) => r.failed)),
		...(error ? { error } : {}),
		...(setAside ? { setAside } : {}),
		engines: results
	};
}

async function outboxSize(db: Db): Promise<number> {
	const row = await db
		.selectFrom('outbox')
		.select((eb) => eb.fn.countAll().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Same shape as the command line's progress bar: a message and a fraction from 0 to 1. */
export type ReindexProgress = (message: string, fraction: number) => void;

export interface ReindexResult {
	documents: number;
	/** Documents Meilisearch still lacks because it did not answer; its drain rebuilds it later. */
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
	const fill = async (target: SearchEngine) => {
		let done = 0;
		onProgress(`0/${refs.length}`, refs.length ? 0 : 1);
		for (const chunk of chunks(refs, batch)) {
			await target.upsert(await buildDocuments(db, chunk));
			done += chunk.length;
			onProgress(`${done}/${refs.length} documents`, done / refs.length);
		}
	};
	// Meilisearch builds a new index and swaps it in: search never sees an empty one.
	if (engine.rebuild) return engine.rebuild(fill);
	const load = async () => {
		await engine.clear();
		await fill(engine);
	};
	// The embedded engine has a faster path for loading everything at once.
	if (bulk) await bulk.bulkLoad(load);
	else await load();
}

/** Rebuilds one engine from the database; the outbox rows written before it began are done for it. */
async function rebuildEngine(db: Db, engine: SearchEngine, onProgress: ReindexProgress) {
	const last = await db
		.selectFrom('outbox')
		.select((eb) => eb.fn.max('id').as('id'))
		.executeTakeFirst();
	const refs = await listDocumentRefs(db);
	await rebuild(db, engine, refs, onProgress);
	if (last?.id != null) {
		await db
			.updateTable('outbox')
			.set({ done: sql<string>`done || ${marker(engine.name)}` })
			.where('id', '<=', Number(last.id))
			.where('done', 'not like', `%${marker(engine.name)}%`)
			.execute();
	}
	const state = await stateOf(db, engine.name);
	await saveState(db, {
		...state,
		needs_rebuild: 0,
		attempts: 0,
		retry_at: 0,
		last_error: null,
		pending_tasks: null,
		pending_rows: null
	});
	return refs.length;
}

/**
 * Rebuilds the index from the database. Outbox rows written before the rebuild started are
 * covered by it; later ones stay for the drain. With Meilisearch configured, the embedded
 * index is rebuilt first; if Meilisearch then fails, nothing is queued again: its state is
 * marked for a rebuild, which its drain retries with backoff (the live index stays as it
 * was meanwhile), and the error is returned, not thrown, because the embedded index serves.
 */
export async function reindexAll(
	db: Db,
	engine: SearchEngine,
	onProgress: ReindexProgress = () => undefined
): Promise<ReindexResult> {
	const [first, ...rest] = enginesOf(engine);
	const documents = await rebuildEngine(db, first, onProgress);
	for (const other of rest) {
		try {
			await rebuildEngine(db, other, onProgress);
		} catch (err) {
			await markForRebuild(db, other, err);
			await prune(db, [first, other]);
			return { documents, queued: documents, error: `Meilisearch: ${messageOf(err)}` };
		}
	}
	await prune(db, [first, ...rest]);
	return { documents, queued: 0 };
}

async function markForRebuild(db: Db, engine: SearchEngine, err: unknown): Promise<void> {
	const state = await stateOf(db, engine.name);
	const attempts = state.attempts + 1;
	await saveState(db, {
		...state,
		needs_rebuild: 1,
		attempts,
		retry_at: nowSec() + backoffSeconds(attempts),
		last_error: messageOf(err),
		pending_tasks: null,
		pending_rows: null
	});
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
		const result = await drainOutbox(s.db, s.engine, { respectBackoff: true }).catch(
			(err: unknown) => ({
				processed: 0,
				failed: 0,
				error: err instanceof Error ? err.message : String(err)
			})
		);
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

/**
 * An index that is empty while the database is not (first start, a new engine) is rebuilt.
 * If that fails (Meilisearch not up yet), the engine is marked for a rebuild that its drain
 * retries with backoff.
 */
async function fillIfEmpty(db: Db, engine: SearchEngine): Promise<void> {
	try {
		await engine.applySettings();
		if ((await engine.count()) > 0) return;
		if ((await listDocumentRefs(db)).length > 0) await rebuildEngine(db, engine, () => undefined);
	} catch (err) {
		await markForRebuild(db, engine, err);
		throw err;
	}
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
