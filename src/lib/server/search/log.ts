import type { Db } from '../db/client';

/** Longest query kept for the "most searched terms" report. */
export const LOGGED_QUERY_MAX = 200;
const FLUSH_AT = 50;
const FLUSH_AFTER_MS = 2_000;

interface Entry {
	db: Db;
	query: string;
	locale: string;
	hits: number;
}

let pending: Entry[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;

/**
 * Queues a search for the report. Written in batches: one synchronous commit per keystroke
 * would cost more than the search, and losing a second of analytics in a crash is fine.
 * Only non-empty queries count, trimmed and cut at LOGGED_QUERY_MAX characters.
 */
export function logSearch(db: Db, query: string, locale: string, hits: number): void {
	const text = query.trim().replace(/\s+/g, ' ').slice(0, LOGGED_QUERY_MAX);
	if (text === '') return;
	pending.push({ db, query: text, locale, hits });
	if (pending.length >= FLUSH_AT) void flushSearchLog();
	else if (!timer) {
		timer = setTimeout(() => void flushSearchLog(), FLUSH_AFTER_MS);
		timer.unref();
	}
}

/** Writes the queued searches now (tests, and shutdown). */
export async function flushSearchLog(): Promise<void> {
	if (timer) clearTimeout(timer);
	timer = null;
	const entries = pending;
	pending = [];
	const byDb = new Map<Db, Entry[]>();
	for (const e of entries) byDb.set(e.db, [...(byDb.get(e.db) ?? []), e]);
	for (const [db, list] of byDb) {
		const rows = list.map(({ query, locale, hits }) => ({ query, locale, hits }));
		await db
			.insertInto('search_log')
			.values(rows)
			.execute()
			.catch((err: unknown) => console.warn(`search log: ${String(err)}`));
	}
}
