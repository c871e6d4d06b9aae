import { Meilisearch, type EnqueuedTaskPromise, type Hit, type Index } from 'meilisearch';
import {
	emptyFacets,
	FACET_NAMES,
	type EngineHealth,
	type SearchDocument,
	type SearchEngine,
	type SearchHit,
	type SearchQuery,
	type SearchResponse
} from '../engine';
import { cleanQuery, pick } from '../text';
import {
	buildFilter,
	cropAttributes,
	FACET_ATTRIBUTES,
	MARK_END,
	MARK_START,
	markedToHtml,
	MEILI_INDEX_UID,
	MEILI_SETTINGS
} from './settings';

export interface MeilisearchOptions {
	host: string;
	/** Server-side only: this key never leaves the server process. */
	apiKey?: string;
	indexUid?: string;
	/** Per-request timeout; a search that takes longer counts as the engine being down. */
	timeoutMs?: number;
}

/** A task that ended in any state but `succeeded` becomes an error naming the task. */
async function settle(task: EnqueuedTaskPromise, what: string): Promise<void> {
	const done = await task.waitTask({ timeout: 60_000 });
	if (done.status !== 'succeeded') {
		const reason = done.error ? `${done.error.code}: ${done.error.message}` : done.status;
		throw new Error(`Meilisearch ${what} (task ${done.uid}) ${done.status}: ${reason}`);
	}
}

export class MeilisearchEngine implements SearchEngine {
	readonly name = 'meilisearch' as const;
	private readonly client: Meilisearch;
	private readonly index: Index<SearchDocument>;

	constructor(private readonly options: MeilisearchOptions) {
		this.client = new Meilisearch({
			host: options.host,
			apiKey: options.apiKey,
			timeout: options.timeoutMs ?? 5_000
		});
		this.index = this.client.index<SearchDocument>(options.indexUid ?? MEILI_INDEX_UID);
	}

	async applySettings(): Promise<void> {
		const uid = this.index.uid;
		const exists = await this.client.getRawIndex(uid).then(
			() => true,
			() => false
		);
		if (!exists) await settle(this.client.createIndex(uid, { primaryKey: 'id' }), 'index creation');
		await settle(this.index.updateSettings(MEILI_SETTINGS), 'settings update');
	}

	async upsert(documents: SearchDocument[]): Promise<void> {
		if (documents.length === 0) return;
		// addDocuments replaces by primary key, so a replayed batch leaves the index as it was.
		await settle(this.index.addDocuments(documents, { primaryKey: 'id' }), 'document upsert');
	}

	async delete(ids: string[]): Promise<void> {
		if (ids.length === 0) return;
		await settle(this.index.deleteDocuments(ids), 'document deletion');
	}

	async clear(): Promise<void> {
		await settle(this.index.deleteAllDocuments(), 'clear');
	}

	/** For tests: removes the whole index. */
	async dropIndex(): Promise<void> {
		await settle(this.client.deleteIndex(this.index.uid), 'index deletion');
	}

	async count(): Promise<number> {
		return (await this.index.getStats()).numberOfDocuments;
	}

	async health(): Promise<EngineHealth> {
		try {
			await this.client.health();
			return { ok: true, engine: this.name };
		} catch (err) {
			return {
				ok: false,
				engine: this.name,
				message: err instanceof Error ? err.message : String(err)
			};
		}
	}

	async search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResponse> {
		const q = cleanQuery(query.q);
		const result = await this.index.search(
			q,
			{
				filter: buildFilter(query),
				facets: Object.values(FACET_ATTRIBUTES),
				limit: query.limit,
				offset: query.offset,
				// An empty query browses: exhibitors with a booth first, then by name.
				sort: q.trim() === '' ? ['has_booth:desc', 'sort_name:asc'] : undefined,
				attributesToCrop: cropAttributes(query.locale),
				cropLength: 24,
				attributesToHighlight: cropAttributes(query.locale),
				highlightPreTag: MARK_START,
				highlightPostTag: MARK_END
			},
			{ signal }
		);
		const distribution = result.facetDistribution ?? {};
		const facets = emptyFacets();
		for (const facet of FACET_NAMES) facets[facet] = { ...distribution[FACET_ATTRIBUTES[facet]] };
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

function toHit(hit: Hit<SearchDocument>, locale: 'es' | 'en'): SearchHit {
	const formatted = hit._formatted ?? {};
	const [summary, description] = cropAttributes(locale) as ('summary_es' | 'description_es')[];
	const marked = [formatted[summary], formatted[description]].filter(
		(t): t is string => typeof t === 'string' && t !== ''
	);
	const text = marked.find((t) => t.includes(MARK_START)) ?? marked[0] ?? '';
	const out: SearchHit = {
		type: hit.type,
		slug: hit.slug,
		title: pick(hit.title_es, hit.title_en, locale),
		snippet: markedToHtml(text),
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
