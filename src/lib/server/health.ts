import { sql } from 'kysely';
import { version } from '../../../package.json';
import type { Db } from './db/client';
import { getDb } from './db';
import { FallbackSearchEngine, getSearch } from './search';

/** A health check answers fast or not at all: a probe that hangs is worse than a "no". */
const CHECK_TIMEOUT_MS = 1_000;
const startedAt = Date.now();

export interface HealthReport {
	status: 'ok' | 'failing';
	database: { ok: boolean; latencyMs: number; error?: string };
	search: {
		engine: string;
		ok: boolean;
		degraded: boolean;
		documents: number | null;
		error?: string;
	};
	uptimeSeconds: number;
	version: string;
}

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(
			() => reject(new Error(`${what} did not answer in ${CHECK_TIMEOUT_MS} ms`)),
			CHECK_TIMEOUT_MS
		);
	});
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function checkDatabase(db: Db): Promise<HealthReport['database']> {
	const started = performance.now();
	try {
		await withTimeout(sql`select count(*) from organisation`.execute(db), 'the database');
		return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
	} catch (err) {
		return { ok: false, latencyMs: Math.round(performance.now() - started), error: messageOf(err) };
	}
}

/**
 * The configured engine's own health. With Meilisearch down the embedded index answers
 * searches (`degraded`), so search still works: degraded is not a failure of the process.
 */
async function checkSearch(db: Db): Promise<HealthReport['search']> {
	const { engine, embedded } = getSearch(db);
	try {
		const health = await withTimeout(engine.health(), 'the search engine');
		const fallback = engine instanceof FallbackSearchEngine && !health.ok;
		const answering = fallback ? embedded : engine;
		const documents = await withTimeout(answering.count(), 'the search engine').catch(() => null);
		return {
			engine: engine.name,
			ok: health.ok,
			degraded: fallback,
			documents,
			...(health.ok ? {} : { error: health.message ?? 'unavailable' })
		};
	} catch (err) {
		return {
			engine: engine.name,
			ok: false,
			degraded: true,
			documents: null,
			error: messageOf(err)
		};
	}
}

/** What GET /healthz reports: the process is healthy when its database answers. */
export async function healthReport(db: Db = getDb()): Promise<HealthReport> {
	const [database, search] = await Promise.all([checkDatabase(db), checkSearch(db)]);
	return {
		status: database.ok ? 'ok' : 'failing',
		database,
		search,
		uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
		version
	};
}
