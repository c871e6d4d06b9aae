import {
	Meilisearch,
	MeilisearchApiError,
	MeilisearchRequestError,
	type EnqueuedTask,
	type EnqueuedTaskPromise,
	type Hit,
	type Index,
	type SearchParams,
	type SearchResponse as MeiliResponse
} from 'meilisearch';
import {
	emptyFacets,
	FACET_NAMES,
	SearchEngineError,
	type EngineHealth,
	type FacetName,
	type SearchDocument,
	type SearchEngine,
	type SearchHit,
	type SearchQuery,
	type SearchResponse
} from '../engine';
import { pick, plainQuery } from '../text';
import {
	buildFilter,
	CHECKED_SETTINGS,
	cropAttributes,
	FACET_ATTRIBUTES,
	MARK_END,
	MARK_START,
	markedToHtml,
	MEILI_INDEX_UID,
	MEILI_SETTINGS,
	toMeiliDocument
} from './settings';

export interface MeilisearchOptions {
	host: string;
	/** Server-side only: this key never leaves the server process. */
	apiKey?: string;
	indexUid?: string;
	/** Per-request timeout; a search that takes longer counts as the engine being down. */
	timeoutMs?: number;
	/** Task budget: `taskBaseMs` plus `taskPerDocumentMs` for each document of the batch. */
	taskBaseMs?: number;
	taskPerDocumentMs?: number;
	/** A corrected query when Meilisearch finds nothing (the embedded engine's vocabulary). */
	suggest?: (q: string) => Promise<string | null>;
}

/** The longest a task is waited for, however large the batch. */
const TASK_MAX_MS = 15 * 60_000;

/** Error codes that mean the index or its settings are not what this engine applied. */
export function needsSettings(code: string | undefined): boolean {
	return code === 'index_not_found' || (code?.startsWith('invalid_search_') ?? false);
}

/**
 * The client's errors as SearchEngineErrors: no answer, a timeout or a 5xx (and 429) is an
 * outage; any other 4xx is a request this code got wrong, named with its method and path.
 */
export function toEngineError(err: unknown, what: string): SearchEngineError {
	if (err instanceof SearchEngineError) return err;
	if (err instanceof MeilisearchApiError) {
		const status = err.response.status;
		const code = err.cause?.code;
		const request = `${what}: HTTP ${status} from ${new URL(err.response.url).pathname}`;
		const message = `Meilisearch ${request}: ${code ?? ''} ${err.cause?.message ?? err.message}`;
		const kind = status >= 500 || status === 429 ? 'outage' : 'rejected';
		return new SearchEngineError(message.trim(), kind, { code, request });
	}
	if (err instanceof MeilisearchRequestError || (err instanceof Error && err.name === 'AbortError'))
		return new SearchEngineError(`Meilisearch ${what}: ${describe(err)}`, 'outage');
	return new SearchEngineError(`Meilisearch ${what}: ${describe(err)}`, 'outage');
}

function describe(err: unknown): string {
	if (!(err instanceof Error)) return String(err);
	const cause = err.cause instanceof Error ? ` (${err.cause.message})` : '';
	return `${err.message}${cause}`;
}

/** Attribute sets come back sorted; ranking rules and searchable attributes keep their order. */
function sameSetting(key: (typeof CHECKED_SETTINGS)[number], value: unknown): boolean {
	const wanted: readonly string[] = MEILI_SETTINGS[key];
	if (!Array.isArray(value)) return false;
	const ordered = key === 'rankingRules' || key === 'searchableAttributes';
	const norm = (list: readonly unknown[]) => (ordered ? [...list] : [...list].sort());
	return JSON.stringify(norm(value)) === JSON.stringify(norm(wanted));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class MeilisearchEngine implements SearchEngine {
	readonly name = 'meilisearch' as const;
	readonly uid: string;
	private readonly client: Meilisearch;
	private readonly index: Index<SearchDocument>;
	/** Settings applied (or being applied) in this process; reset when the server says otherwise. */
	private ready: Promise<void> | null = null;
	suggest: ((q: string) => Promise<string | null>) | undefined;

	constructor(private readonly options: MeilisearchOptions) {
		this.client = new Meilisearch({
			host: options.host,
			apiKey: options.apiKey,
			timeout: options.timeoutMs ?? 5_000
		});
		this.uid = options.indexUid ?? MEILI_INDEX_UID;
		this.index = this.client.index<SearchDocument>(this.uid);
		this.suggest = options.suggest;
	}

	/** The same server and options on another index (a reindex builds into one). */
	private sibling(uid: string): MeilisearchEngine {
		const other = new MeilisearchEngine({ ...this.options, indexUid: uid });
		other.suggest = this.suggest;
		return other;
	}

	private budget(documents: number): number {
		const base = this.options.taskBaseMs ?? 60_000;
		const per = this.options.taskPerDocumentMs ?? 20;
		return Math.min(TASK_MAX_MS, base + per * documents);
	}

	/**
	 * Waits for tasks on their own state (enqueued, processing, then succeeded, failed or
	 * canceled). A task still running when the budget ends is accepted work: the error is
	 * `pending` and names it, so that the caller waits for it later instead of sending the
	 * same documents again.
	 */
	async awaitTasks(tasks: number[], documents = 0, what = 'task'): Promise<void> {
		const deadline = Date.now() + this.budget(documents);
		for (const uid of tasks) {
			let interval = 25;
			for (;;) {
				const task = await this.client.tasks
					.getTask(uid)
					.catch((err: unknown) => Promise.reject(toEngineError(err, `${what} (task ${uid})`)));
				if (task.status === 'succeeded') break;
				if (task.status === 'failed' || task.status === 'canceled') {
					const code = task.error?.code;
					const type = task.error?.type;
					const reason = task.error ? `${code}: ${task.error.message}` : task.status;
					// A task the server could not run for its own reasons may succeed later.
					const kind = type === 'internal' || type === 'system' ? 'outage' : 'rejected';
					throw new SearchEngineError(
						`Meilisearch ${what} (task ${uid}) ${task.status}: ${reason}`,
						kind,
						{ code, request: `${what} (task ${uid})` }
					);
				}
				if (Date.now() + interval > deadline) {
					throw new SearchEngineError(
						`Meilisearch ${what}: task ${uid} still ${task.status} after ${this.budget(documents)} ms`,
						'pending',
						{ tasks: tasks.slice(tasks.indexOf(uid)) }
					);
				}
				await sleep(interval);
				interval = Math.min(1_000, interval * 2);
			}
		}
	}

	private async enqueue(task: EnqueuedTaskPromise, what: string): Promise<EnqueuedTask> {
		try {
			return await task;
		} catch (err) {
			throw toEngineError(err, what);
		}
	}

	private async settle(task: EnqueuedTaskPromise, what: string, documents = 0): Promise<void> {
		const enqueued = await this.enqueue(task, what);
		await this.awaitTasks([enqueued.taskUid], documents, what);
	}

	/**
	 * Creates the index if it is missing and applies the settings. Another process creating
	 * it at the same moment (`index_already_exists`) is success; an error of the existence
	 * check other than `index_not_found` (a wrong key, the server failing) is not "no index".
	 */
	async applySettings(): Promise<void> {
		await this.applyNow();
		this.ready = Promise.resolve();
	}

	private async applyNow(): Promise<void> {
		const exists = await this.client.getRawIndex(this.uid).then(
			() => true,
			(err: unknown) => {
				const failure = toEngineError(err, 'index lookup');
				if (failure.details.code === 'index_not_found') return false;
				throw failure;
			}
		);
		if (!exists) {
			await this.settle(
				this.client.createIndex(this.uid, { primaryKey: 'id' }),
				'index creation'
			).catch((err: unknown) => {
				if (!(err instanceof SearchEngineError && err.details.code === 'index_already_exists'))
					throw err;
			});
		}
		await this.settle(this.index.updateSettings(MEILI_SETTINGS), 'settings update', 10_000);
	}

	/**
	 * Settings before the first write or search of this process, and again after a reset.
	 * Settings still being applied are not documents accepted: a `pending` settings task
	 * is reported as an outage, so the caller sends its documents again later.
	 */
	private ensureReady(): Promise<void> {
		if (!this.ready) {
			this.ready = this.applyNow().catch((err: unknown) => {
				this.ready = null;
				if (err instanceof SearchEngineError && err.kind === 'pending')
					throw new SearchEngineError(err.message, 'outage', { code: err.details.code });
				throw err;
			});
		}
		return this.ready;
	}

	/** The server lost the index or its settings: apply them again, in the background. */
	private heal(code: string | undefined): void {
		console.warn(`search: Meilisearch answered ${code}; applying the index settings again`);
		this.ready = null;
		void this.ensureReady().catch((err: unknown) =>
			console.warn(`search: applying Meilisearch settings failed: ${describe(err)}`)
		);
	}

	async upsert(documents: SearchDocument[]): Promise<void> {
		await this.apply(documents, []);
	}

	async delete(ids: string[]): Promise<void> {
		await this.apply([], ids);
	}

	/** Both tasks are enqueued before either is waited for; the server runs them in order. */
	async apply(documents: SearchDocument[], deleteIds: string[]): Promise<void> {
		if (documents.length === 0 && deleteIds.length === 0) return;
		await this.ensureReady();
		const tasks: number[] = [];
		if (documents.length > 0) {
			// addDocuments replaces by primary key, so a replayed batch leaves the index as it was.
			const docs = documents.map(toMeiliDocument);
			const task = this.index.addDocuments(docs, { primaryKey: 'id' });
			tasks.push((await this.enqueue(task, 'document upsert')).taskUid);
		}
		if (deleteIds.length > 0) {
			const task = this.index.deleteDocuments(deleteIds);
			tasks.push((await this.enqueue(task, 'document deletion')).taskUid);
		}
		try {
			await this.awaitTasks(tasks, documents.length + deleteIds.length, 'document batch');
		} catch (err) {
			if (err instanceof SearchEngineError && err.details.code === 'index_not_found')
				this.ready = null;
			throw err;
		}
	}

	async clear(): Promise<void> {
		await this.ensureReady();
		await this.settle(this.index.deleteAllDocuments(), 'clear');
	}

	/**
	 * A full rebuild without an empty window: the documents go into a fresh index with the
	 * same settings, which then swaps places with the live one (`rename: false`, as client
	 * 0.62 requires the field); the old documents leave with the temporary index.
	 */
	async rebuild(load: (target: SearchEngine) => Promise<void>): Promise<void> {
		await this.ensureReady();
		const temporary = this.sibling(`${this.uid}_rebuild`);
		await temporary.dropIndex().catch((err: unknown) => {
			if (!(err instanceof SearchEngineError && err.details.code === 'index_not_found')) throw err;
		});
		try {
			await temporary.applySettings();
			await load(temporary);
			await this.settle(
				this.client.swapIndexes([{ indexes: [this.uid, temporary.uid], rename: false }]),
				'index swap'
			);
		} finally {
			await temporary.dropIndex().catch(() => undefined);
		}
	}

	/** Removes the whole index (tests, and the temporary index of a rebuild). */
	async dropIndex(): Promise<void> {
		this.ready = null;
		await this.settle(this.client.deleteIndex(this.uid), 'index deletion');
	}

	async count(): Promise<number> {
		try {
			return (await this.index.getStats()).numberOfDocuments;
		} catch (err) {
			const failure = toEngineError(err, 'stats');
			if (failure.details.code === 'index_not_found') return 0;
			throw failure;
		}
	}

	/** Healthy: the server answers, the index exists, and its settings are the ones applied. */
	async health(): Promise<EngineHealth> {
		const fail = (message: string): EngineHealth => ({ ok: false, engine: this.name, message });
		try {
			await this.client.health();
			const settings = await this.index.getSettings();
			const differ = CHECKED_SETTINGS.filter((key) => !sameSetting(key, settings[key]));
			if (differ.length > 0) {
				this.ready = null;
				return fail(`index "${this.uid}" settings differ: ${differ.join(', ')}`);
			}
			return { ok: true, engine: this.name };
		} catch (err) {
			const failure = toEngineError(err, 'health check');
			if (failure.details.code === 'index_not_found') {
				this.ready = null;
				return fail(`index "${this.uid}" does not exist`);
			}
			return fail(failure.message);
		}
	}

	async search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResponse> {
		await this.ensureReady();
		const q = plainQuery(query.q);
		const words = q.trim() === '' ? 0 : q.trim().split(/\s+/).length;
		try {
			let result = await this.searchWith(query, q, 'all', signal);
			// Like the embedded engine: every word, unless nothing has them all.
			if (result.main.estimatedTotalHits === 0 && words > 1)
				result = await this.searchWith(query, q, 'last', signal);
			const response = this.toResponse(query, result.main, result.disjunctive);
			if (response.hits.length === 0 && words > 0 && this.suggest) {
				const suggestion = await this.suggest(query.q).catch(() => null);
				if (suggestion) response.suggestion = suggestion;
			}
			return response;
		} catch (err) {
			const failure = toEngineError(err, 'search');
			if (needsSettings(failure.details.code)) this.heal(failure.details.code);
			throw failure;
		}
	}

	/**
	 * One multi-search: the page with the facets of every unfiltered facet, and one count-only
	 * query per filtered facet without that facet's own filter (disjunctive faceting: OR
	 * within a facet, so ticking Chile still shows Peru's count).
	 */
	private async searchWith(
		query: SearchQuery,
		q: string,
		matchingStrategy: 'all' | 'last',
		signal?: AbortSignal
	) {
		const filtered = FACET_NAMES.filter((facet) => query[facet].length > 0);
		const main: SearchParams & { indexUid: string } = {
			indexUid: this.uid,
			q,
			matchingStrategy,
			filter: buildFilter(query),
			facets: FACET_NAMES.map((facet) => FACET_ATTRIBUTES[facet]),
			limit: query.limit,
			offset: query.offset,
			// An empty query browses: exhibitors with a booth first, then by name.
			sort: q.trim() === '' ? ['has_booth:desc', 'sort_name:asc'] : undefined,
			attributesToCrop: cropAttributes(query.locale),
			cropLength: 24,
			attributesToHighlight: cropAttributes(query.locale),
			highlightPreTag: MARK_START,
			highlightPostTag: MARK_END
		};
		const others = filtered.map((facet) => ({
			indexUid: this.uid,
			q,
			matchingStrategy,
			filter: buildFilter(query, facet),
			facets: [FACET_ATTRIBUTES[facet]],
			limit: 0
		}));
		const { results } = await this.client.multiSearch<
			{ queries: (SearchParams & { indexUid: string })[] },
			SearchDocument
		>({ queries: [main, ...others] }, { signal });
		const [first, ...rest] = results as unknown as MeiliResponse<SearchDocument>[];
		const disjunctive = new Map<FacetName, Record<string, number>>();
		filtered.forEach((facet, i) =>
			disjunctive.set(facet, rest[i]?.facetDistribution?.[FACET_ATTRIBUTES[facet]] ?? {})
		);
		return { main: first, disjunctive };
	}

	private toResponse(
		query: SearchQuery,
		result: MeiliResponse<SearchDocument>,
		disjunctive: Map<FacetName, Record<string, number>>
	): SearchResponse {
		const distribution = result.facetDistribution ?? {};
		const facets = emptyFacets();
		for (const facet of FACET_NAMES) {
			facets[facet] = { ...(disjunctive.get(facet) ?? distribution[FACET_ATTRIBUTES[facet]]) };
		}
		return {
			query: query.q,
			engine: this.name,
			degraded: false,
			estimatedTotalHits: result.estimatedTotalHits ?? result.hits.length,
			processingTimeMs: result.processingTimeMs,
			hits: result.hits.map((hit) => toHit(hit, query.locale)),
			facets
		};
	}
}

type Text = 'summary' | 'description';

/**
 * The snippet: the summary, then the description, each in the visitor's language or, when
 * that text is empty, the other one (as the embedded engine picks them); the first that
 * holds a match, else the first that is not empty.
 */
function toHit(hit: Hit<SearchDocument>, locale: 'es' | 'en'): SearchHit {
	const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
	const other = locale === 'es' ? 'en' : 'es';
	const text = (field: Text) => {
		const own = `${field}_${locale}` as const;
		const key = hit[own] ? own : (`${field}_${other}` as const);
		const value = formatted[key] ?? hit[key];
		return typeof value === 'string' ? value : '';
	};
	const marked = [text('summary'), text('description')].filter((t) => t !== '');
	const chosen = marked.find((t) => t.includes(MARK_START)) ?? marked[0] ?? '';
	const out: SearchHit = {
		type: hit.type,
		slug: hit.slug,
		title: pick(hit.title_es, hit.title_en, locale),
		snippet: markedToHtml(chosen),
		sectors: hit.sectors,
		kind: hit.kind,
		country: hit.country,
		booth: hit.booth
	};
	if (hit.type === 'innovation') {
		out.organisation = { slug: hit.organisation_slug ?? '', name: hit.organisation_name ?? '' };
		out.trl = hit.trl;
	}
	return out;
}
