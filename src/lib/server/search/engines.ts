import type { Db } from '../db/client';
import { getDb } from '../db/index';
import { readConfig } from '../config';
import {
	failureKind,
	SearchEngineError,
	type EngineHealth,
	type SearchDocument,
	type SearchEngine,
	type SearchQuery,
	type SearchResponse
} from './engine';
import { dialectOf } from '../db/portable';
import { MeilisearchEngine } from './meilisearch/engine';
import { PostgresSearchEngine } from './postgres/engine';
import { SqliteSearchEngine } from './sqlite/engine';

/** The embedded engine for this database: FTS5 in the SQLite file, or PostgreSQL's full-text search. */
export function embeddedEngineFor(db: Db): SearchEngine {
	return dialectOf(db) === 'postgres' ? new PostgresSearchEngine(db) : new SqliteSearchEngine(db);
}

/** How long a search waits for Meilisearch before the embedded engine answers. */
export const PRIMARY_TIMEOUT_MS = 800;
/** After a failure, Meilisearch is left alone this long, so every search is not 800 ms late. */
const RETRY_AFTER_MS = 5_000;

/** What a failed search was, for the log: never the API key, only the query's shape. */
function describeQuery(query: SearchQuery): string {
	const { q, type, sector, kind, country, locale, limit, offset } = query;
	return JSON.stringify({ q: q.slice(0, 200), type, sector, kind, country, locale, limit, offset });
}

/**
 * Meilisearch in front, the embedded index behind it. The outbox drains each engine on its
 * own (see sync.ts), so the embedded index stays current whatever Meilisearch does and can
 * answer, with `degraded: true`, whenever Meilisearch does not.
 */
export class FallbackSearchEngine implements SearchEngine {
	readonly name = 'meilisearch' as const;
	private downUntil = 0;

	constructor(
		readonly primary: MeilisearchEngine,
		readonly embedded: SearchEngine,
		private readonly timeoutMs = PRIMARY_TIMEOUT_MS
	) {
		// "Did you mean" comes from the embedded engine's vocabulary: Meilisearch has none to offer.
		if (embedded.suggest) primary.suggest ??= (q) => embedded.suggest!(q);
	}

	async applySettings(): Promise<void> {
		await this.embedded.applySettings();
		await this.primary.applySettings();
	}

	async upsert(documents: SearchDocument[]): Promise<void> {
		await this.embedded.upsert(documents);
		await this.primary.upsert(documents);
	}

	async delete(ids: string[]): Promise<void> {
		await this.embedded.delete(ids);
		await this.primary.delete(ids);
	}

	async clear(): Promise<void> {
		await this.embedded.clear();
		await this.primary.clear();
	}

	count(): Promise<number> {
		return this.primary.count();
	}

	health(): Promise<EngineHealth> {
		return this.primary.health();
	}

	/**
	 * Meilisearch's answer, or the embedded engine's (`degraded: true`). An outage (no
	 * answer, a timeout, a 5xx) leaves Meilisearch alone for RETRY_AFTER_MS. A rejected
	 * request (a 4xx) is a bug: it is logged with the request, and the next search asks
	 * Meilisearch again instead of hiding behind degraded mode.
	 */
	async search(query: SearchQuery): Promise<SearchResponse> {
		if (Date.now() >= this.downUntil) {
			const controller = new AbortController();
			let timer: ReturnType<typeof setTimeout> | undefined;
			const timeout = new Promise<never>((_, reject) => {
				timer = setTimeout(() => {
					controller.abort();
					reject(
						new SearchEngineError(`Meilisearch search: no answer in ${this.timeoutMs} ms`, 'outage')
					);
				}, this.timeoutMs);
			});
			try {
				const answer = await Promise.race([this.primary.search(query, controller.signal), timeout]);
				this.downUntil = 0;
				return answer;
			} catch (err) {
				const message = err instanceof Error ? err.message : String(err);
				if (failureKind(err) === 'rejected') {
					console.error(`search: ${message}; request: ${describeQuery(query)}`);
				} else {
					if (this.downUntil === 0)
						console.warn(`search: ${message}; the embedded index answers for now`);
					this.downUntil = Date.now() + RETRY_AFTER_MS;
				}
			} finally {
				clearTimeout(timer);
			}
		}
		const answer = await this.embedded.search(query);
		return { ...answer, degraded: true };
	}
}

export interface SearchSetup {
	db: Db;
	/** The configured engine: what search, the drain and reindex use. */
	engine: SearchEngine;
	/** The embedded engine, which every configuration keeps up to date. */
	embedded: SearchEngine;
}

let current: SearchSetup | null = null;

/** The process's engines, per SEARCH_ENGINE and MEILI_HOST, built once per database. */
export function getSearch(db: Db = getDb()): SearchSetup {
	if (current?.db === db) return current;
	const config = readConfig();
	const embedded = embeddedEngineFor(db);
	const engine =
		config.searchEngine === 'meilisearch' && config.meiliHost
			? new FallbackSearchEngine(
					new MeilisearchEngine({
						host: config.meiliHost,
						apiKey: config.meiliApiKey ?? undefined
					}),
					embedded
				)
			: embedded;
	current = { db, engine, embedded };
	return current;
}
