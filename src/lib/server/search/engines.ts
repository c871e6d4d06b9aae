import type { Db } from '../db/client';
import { getDb } from '../db/index';
import { readConfig } from '../config';
import type {
	EngineHealth,
	SearchDocument,
	SearchEngine,
	SearchQuery,
	SearchResponse
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

/**
 * Meilisearch in front, the embedded index behind it. Writes go to both (embedded first,
 * and it never depends on the network), so the embedded index is always current and can
 * answer, with `degraded: true`, whenever Meilisearch does not.
 */
export class FallbackSearchEngine implements SearchEngine {
	readonly name = 'meilisearch' as const;
	private downUntil = 0;

	constructor(
		readonly primary: MeilisearchEngine,
		readonly embedded: SearchEngine,
		private readonly timeoutMs = PRIMARY_TIMEOUT_MS
	) {}

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

	async search(query: SearchQuery): Promise<SearchResponse> {
		if (Date.now() >= this.downUntil) {
			const controller = new AbortController();
			const timer = setTimeout(() => controller.abort(), this.timeoutMs);
			try {
				return await this.primary.search(query, controller.signal);
			} catch {
				this.downUntil = Date.now() + RETRY_AFTER_MS;
			} finally {
				clearTimeout(timer);
			}
		}
		return { ...(await this.embedded.search(query)), degraded: true };
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
