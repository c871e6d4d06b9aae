import type { Locale, SearchDocType } from '../db/schema';

export type { SearchDocType };
export type FacetName = 'sector' | 'kind' | 'country';
export const FACET_NAMES: readonly FacetName[] = ['sector', 'kind', 'country'];
export type EngineName = 'sqlite' | 'meilisearch' | 'postgres';

/**
 * What an engine stores for one organisation or innovation. Flat, so that the same object
 * is a Meilisearch document. `id` is `<type>-<database id>`, e.g. `organisation-12`.
 */
export interface SearchDocument {
	id: string;
	type: SearchDocType;
	slug: string;
	title_es: string;
	title_en: string;
	summary_es: string;
	summary_en: string;
	description_es: string;
	description_en: string;
	tags: string[];
	sectors: string[];
	/** Sector names in both languages, so "energías renovables" finds the sector's members. */
	sector_names: string[];
	/** An innovation carries its organisation's kind and country, so both filters reach it. */
	kind: string;
	country: string;
	/** City and country names in both languages. */
	place: string;
	booth: string | null;
	has_booth: 0 | 1;
	/** Folded title: the browse order (exhibitors with a booth first, then by name). */
	sort_name: string;
	organisation_slug: string | null;
	organisation_name: string | null;
	trl: number | null;
}

export interface SearchQuery {
	q: string;
	type: SearchDocType | null;
	sector: string[];
	kind: string[];
	country: string[];
	locale: Locale;
	limit: number;
	offset: number;
}

export interface SearchHit {
	type: SearchDocType;
	slug: string;
	title: string;
	/** HTML: escaped text in which only `<mark>` and `</mark>` are tags. */
	snippet: string;
	sectors: string[];
	kind: string;
	country: string;
	booth: string | null;
	/** Innovations only: the organisation that presents it. */
	organisation?: { slug: string; name: string };
	trl?: number | null;
}

export type FacetCounts = Record<FacetName, Record<string, number>>;

export interface SearchResponse {
	query: string;
	engine: EngineName;
	degraded: boolean;
	estimatedTotalHits: number;
	processingTimeMs: number;
	hits: SearchHit[];
	facets: FacetCounts;
	/** Extension of the contract: a corrected query when this one found nothing. */
	suggestion?: string;
}

export interface EngineHealth {
	ok: boolean;
	engine: EngineName;
	message?: string;
}

/** The health of an engine that lives in the database: healthy when its index can be counted. */
export async function healthByCount(engine: SearchEngine): Promise<EngineHealth> {
	try {
		await engine.count();
		return { ok: true, engine: engine.name };
	} catch (err) {
		return {
			ok: false,
			engine: engine.name,
			message: err instanceof Error ? err.message : String(err)
		};
	}
}

/**
 * How an engine failed, for the fallback and the outbox drain: an `outage` (network,
 * timeout, 5xx) passes and is retried; a `rejected` request (a 4xx, a task the server
 * refused) is a bug or bad data that retrying the same way cannot fix; `pending` work was
 * accepted by the server and is still running (`tasks` names it), so it must not be sent
 * again. Errors that are not SearchEngineErrors count as outages.
 */
export type FailureKind = 'outage' | 'rejected' | 'pending';

export class SearchEngineError extends Error {
	constructor(
		message: string,
		readonly kind: FailureKind,
		readonly details: { code?: string; request?: string; tasks?: number[] } = {}
	) {
		super(message);
		this.name = 'SearchEngineError';
	}
}

export function failureKind(err: unknown): FailureKind {
	return err instanceof SearchEngineError ? err.kind : 'outage';
}

export interface SearchEngine {
	readonly name: EngineName;
	/** Creates the index and applies its settings; safe to call again. */
	applySettings(): Promise<void>;
	/** Inserts or replaces by `id`, so replaying a batch changes nothing. */
	upsert(documents: SearchDocument[]): Promise<void>;
	delete(ids: string[]): Promise<void>;
	/** Removes every document (a reindex starts from here). */
	clear(): Promise<void>;
	search(query: SearchQuery): Promise<SearchResponse>;
	health(): Promise<EngineHealth>;
	count(): Promise<number>;
	/** Optional: "did you mean" from the engine's own vocabulary (the embedded engines have one). */
	suggest?(q: string): Promise<string | null>;
	/**
	 * Optional: upserts and deletes of one outbox batch sent together, so that a batch the
	 * server accepted but has not finished is named by its tasks (a `pending` error).
	 */
	apply?(documents: SearchDocument[], deleteIds: string[]): Promise<void>;
	/** Optional: waits for tasks a `pending` error named; throws as `apply` does. */
	awaitTasks?(tasks: number[], documents: number): Promise<void>;
	/** Optional: rebuilds into a fresh index and swaps it in, so search never sees it empty. */
	rebuild?(load: (target: SearchEngine) => Promise<void>): Promise<void>;
}

export const DEFAULT_QUERY: SearchQuery = {
	q: '',
	type: null,
	sector: [],
	kind: [],
	country: [],
	locale: 'es',
	limit: 20,
	offset: 0
};

export function emptyFacets(): FacetCounts {
	return { sector: {}, kind: {}, country: {} };
}

export function documentId(type: SearchDocType, id: number): string {
	return `${type}-${id}`;
}

export function parseDocumentId(id: string): { type: SearchDocType; id: number } | null {
	const match = /^(organisation|innovation)-(\d{1,15})$/.exec(id);
	if (!match) return null;
	return { type: match[1] as SearchDocType, id: Number(match[2]) };
}
