import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for a Meilisearch v1.x server, for tests on machines where none can be
 * installed (docs/search.md, "The stub"). It answers the routes the platform's client uses
 * the way the Meilisearch source says the real server does: the same paths and status
 * codes, tasks that go enqueued -> processing -> succeeded/failed one at a time, error
 * objects `{ message, code, type, link }` with the real codes, and a small but real search
 * over the stored documents (typo tolerance, last-word prefix, matching strategies,
 * filters, facet distribution, sort, the ranking rules in the configured order, crop and
 * highlight), so that the engine contract suite runs on it with the same expectations.
 *
 * Not faithful, and not pretended to be: relevancy beyond the rules' order (Meilisearch's
 * bucket sort is approximated, proximity is the distance of consecutive words in one
 * attribute), language-specific tokenization (`localizedAttributes` is stored and
 * returned, but every text is split on non-letters, as for Latin scripts), the filter
 * grammar (only `attr = "value"` in the array form), stop words, synonyms, distinct,
 * facet search, batches, API keys beyond one master key, and timing.
 */

type Doc = Record<string, unknown>;
type Json = Record<string, unknown>;

interface Settings {
	displayedAttributes: string[];
	searchableAttributes: string[];
	filterableAttributes: string[];
	sortableAttributes: string[];
	rankingRules: string[];
	stopWords: string[];
	synonyms: Record<string, string[]>;
	distinctAttribute: string | null;
	typoTolerance: {
		enabled: boolean;
		minWordSizeForTypos: { oneTypo: number; twoTypos: number };
		disableOnWords: string[];
		disableOnAttributes: string[];
	};
	faceting: { maxValuesPerFacet: number; sortFacetValuesBy: Record<string, string> };
	pagination: { maxTotalHits: number };
	localizedAttributes: unknown;
	[key: string]: unknown;
}

const defaultSettings = (): Settings => ({
	displayedAttributes: ['*'],
	searchableAttributes: ['*'],
	filterableAttributes: [],
	sortableAttributes: [],
	rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
	stopWords: [],
	synonyms: {},
	distinctAttribute: null,
	typoTolerance: {
		enabled: true,
		minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
		disableOnWords: [],
		disableOnAttributes: []
	},
	faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
	pagination: { maxTotalHits: 1000 },
	localizedAttributes: null
});

interface StubIndex {
	uid: string;
	primaryKey: string | null;
	createdAt: string;
	updatedAt: string;
	settings: Settings;
	docs: Map<string, Doc>;
}

interface Task {
	uid: number;
	batchUid: number | null;
	indexUid: string | null;
	status: 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';
	type: string;
	canceledBy: null;
	details: Json;
	error: MeiliError | null;
	duration: string | null;
	enqueuedAt: string;
	startedAt: string | null;
	finishedAt: string | null;
	run: () => void;
}

interface MeiliError {
	message: string;
	code: string;
	type: 'invalid_request' | 'internal' | 'auth' | 'system';
	link: string;
}

/** Thrown inside a handler or a task: becomes the documented error object. */
class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly type: MeiliError['type'] = 'invalid_request'
	) {
		super(message);
	}
	toJSON(): MeiliError {
		return {
			message: this.message,
			code: this.code,
			type: this.type,
			link: `https://docs.meilisearch.com/errors#${this.code}`
		};
	}
}

const indexNotFound = (uid: string) =>
	new ApiError(404, 'index_not_found', `Index \`${uid}\` not found.`);

export interface MeiliStubOptions {
	/** Require `Authorization: Bearer <masterKey>` (401 without it, 403 with another). */
	masterKey?: string;
	/** How long each task stays `processing`, in ms. */
	taskMs?: number;
}

export interface RecordedRequest {
	method: string;
	path: string;
	body: unknown;
}

export class MeiliStub {
	readonly indexes = new Map<string, StubIndex>();
	readonly tasks: Task[] = [];
	readonly requests: RecordedRequest[] = [];
	/** While true, the task at the head of the queue stays `processing`. */
	holdTasks = false;
	/** Answers every request with this status (and an `internal` error) while set. */
	failWith: number | null = null;
	/** Answers a matching request with this status and error code instead (a fault to inject). */
	failRequest: ((method: string, path: string) => { status: number; code: string } | null) | null =
		null;
	/** A document addition holding a document for which this returns an error code fails with it. */
	rejectDocument: ((doc: Doc) => string | null) | null = null;
	private server: Server;
	private queueBusy = false;
	url = '';

	constructor(private readonly options: MeiliStubOptions = {}) {
		this.server = createServer((req, res) => void this.handle(req, res));
	}

	/** Listens on `port` (a free one by default; the old one again to come back after stop()). */
	async start(port = 0): Promise<string> {
		await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this.url;
	}

	async stop(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise((resolve) => this.server.close(resolve));
	}

	/** Releases held tasks. */
	release(): void {
		this.holdTasks = false;
		this.pump();
	}

	/** Requests whose path matches, for assertions. */
	requested(method: string, path: RegExp): RecordedRequest[] {
		return this.requests.filter((r) => r.method === method && path.test(r.path));
	}

	// ---- HTTP --------------------------------------------------------------------------

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://stub');
		let text = '';
		for await (const chunk of req) text += chunk;
		const send = (status: number, body: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(body === undefined ? '' : JSON.stringify(body));
		};
		try {
			let body: unknown = undefined;
			// serde_json refuses an escaped surrogate without its other half.
			if (
				/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f][0-9a-f]{2})|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i.test(
					text
				)
			) {
				throw new ApiError(
					400,
					'malformed_payload',
					'The json payload provided is malformed. `lone leading surrogate in hex escape`.'
				);
			}
			if (text !== '') {
				try {
					body = JSON.parse(text);
				} catch {
					throw new ApiError(400, 'malformed_payload', 'The json payload provided is malformed.');
				}
			}
			this.requests.push({ method: req.method ?? 'GET', path: url.pathname, body });
			if (this.failWith !== null) {
				throw new ApiError(this.failWith, 'internal', 'Injected failure.', 'internal');
			}
			const injected = this.failRequest?.(req.method ?? 'GET', url.pathname);
			if (injected) {
				const type = injected.status >= 500 ? 'internal' : 'invalid_request';
				throw new ApiError(injected.status, injected.code, 'Injected failure.', type);
			}
			this.authorize(req);
			const [status, answer] = this.route(req.method ?? 'GET', url, body);
			send(status, answer);
		} catch (err) {
			if (err instanceof ApiError) send(err.status, err.toJSON());
			else send(500, new ApiError(500, 'internal', String(err), 'internal').toJSON());
		}
	}

	private authorize(req: IncomingMessage): void {
		const key = this.options.masterKey;
		if (!key || req.url === '/health') return;
		const header = req.headers.authorization;
		if (!header) {
			throw new ApiError(
				401,
				'missing_authorization_header',
				'The Authorization header is missing. It must use the bearer authorization method.',
				'auth'
			);
		}
		if (header !== `Bearer ${key}`)
			throw new ApiError(403, 'invalid_api_key', 'The provided API key is invalid.', 'auth');
	}

	private route(method: string, url: URL, body: unknown): [number, unknown] {
		const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
		const [first, uid, sub, subsub] = parts;
		if (method === 'GET' && first === 'health') return [200, { status: 'available' }];
		if (method === 'GET' && first === 'version')
			return [200, { pkgVersion: '1.50.0-stub', commitSha: 'stub', commitDate: 'stub' }];
		if (first === 'tasks' && method === 'GET') {
			if (uid === undefined) return [200, { results: this.tasks.map(view).reverse() }];
			const task = this.tasks[Number(uid)];
			if (!task) throw new ApiError(404, 'task_not_found', `Task \`${uid}\` not found.`);
			return [200, view(task)];
		}
		if (first === 'multi-search' && method === 'POST') return [200, this.multiSearch(body)];
		if (first === 'swap-indexes' && method === 'POST') return this.swap(body);
		if (first !== 'indexes') throw new ApiError(404, 'not_found', 'Not found.');
		if (uid === undefined) {
			if (method === 'POST') return this.createIndex(body);
			if (method === 'GET')
				return [200, { results: [...this.indexes.values()].map(indexView), offset: 0, limit: 20 }];
		}
		if (sub === undefined) {
			if (method === 'GET') return [200, indexView(this.index(uid))];
			if (method === 'DELETE')
				return this.enqueue(uid, 'indexDeletion', { deletedDocuments: 0 }, () => {
					if (!this.indexes.delete(uid)) throw indexNotFound(uid);
				});
		}
		if (sub === 'settings' && subsub === undefined) {
			if (method === 'GET') return [200, this.index(uid).settings];
			if (method === 'PATCH') return this.updateSettings(uid, body);
		}
		if (sub === 'stats' && method === 'GET') {
			const index = this.index(uid);
			return [
				200,
				{ numberOfDocuments: index.docs.size, isIndexing: false, fieldDistribution: {} }
			];
		}
		if (sub === 'search' && method === 'POST') return [200, this.search(uid, body as Json)];
		if (sub === 'documents') {
			if (subsub === undefined && (method === 'POST' || method === 'PUT'))
				return this.addDocuments(uid, body, url.searchParams.get('primaryKey'));
			if (subsub === undefined && method === 'DELETE')
				return this.enqueue(uid, 'documentDeletion', {}, () => this.index(uid).docs.clear());
			if (subsub === 'delete-batch' && method === 'POST') {
				if (!Array.isArray(body))
					throw new ApiError(400, 'bad_request', 'Invalid type: expected a sequence.');
				return this.enqueue(uid, 'documentDeletion', { providedIds: body.length }, () => {
					const index = this.index(uid);
					for (const id of body) index.docs.delete(String(id));
				});
			}
		}
		throw new ApiError(405, 'method_not_allowed', `${method} ${url.pathname} is not allowed.`);
	}

	private index(uid: string): StubIndex {
		const index = this.indexes.get(uid);
		if (!index) throw indexNotFound(uid);
		return index;
	}

	private makeIndex(uid: string, primaryKey: string | null): StubIndex {
		const now = new Date().toISOString();
		const index = {
			uid,
			primaryKey,
			createdAt: now,
			updatedAt: now,
			settings: defaultSettings(),
			docs: new Map()
		};
		this.indexes.set(uid, index);
		return index;
	}

	// ---- tasks -------------------------------------------------------------------------

	private enqueue(
		indexUid: string | null,
		type: string,
		details: Json,
		run: () => void
	): [number, unknown] {
		const now = new Date().toISOString();
		const task: Task = {
			uid: this.tasks.length,
			batchUid: null,
			indexUid,
			status: 'enqueued',
			type,
			canceledBy: null,
			details,
			error: null,
			duration: null,
			enqueuedAt: now,
			startedAt: null,
			finishedAt: null,
			run
		};
		this.tasks.push(task);
		setImmediate(() => this.pump());
		return [202, { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: now }];
	}

	/** Runs the queue one task at a time, in order, as the real scheduler does per index. */
	private pump(): void {
		if (this.queueBusy) return;
		const next = this.tasks.find((t) => t.status === 'enqueued' || t.status === 'processing');
		if (!next) return;
		next.status = 'processing';
		next.startedAt ??= new Date().toISOString();
		next.batchUid = next.uid;
		if (this.holdTasks) return;
		this.queueBusy = true;
		setTimeout(() => {
			this.queueBusy = false;
			if (this.holdTasks) return;
			try {
				next.run();
				next.status = 'succeeded';
			} catch (err) {
				next.status = 'failed';
				next.error =
					err instanceof ApiError
						? err.toJSON()
						: new ApiError(500, 'internal', String(err), 'internal').toJSON();
			}
			next.finishedAt = new Date().toISOString();
			next.duration = 'PT0.001S';
			this.pump();
		}, this.options.taskMs ?? 1);
	}

	private createIndex(body: unknown): [number, unknown] {
		const { uid, primaryKey } = (body ?? {}) as { uid?: unknown; primaryKey?: unknown };
		if (typeof uid !== 'string' || !/^[A-Za-z0-9_-]{1,400}$/.test(uid)) {
			throw new ApiError(400, 'invalid_index_uid', `\`${String(uid)}\` is not a valid index uid.`);
		}
		const key = typeof primaryKey === 'string' ? primaryKey : null;
		return this.enqueue(uid, 'indexCreation', { primaryKey: key }, () => {
			if (this.indexes.has(uid))
				throw new ApiError(409, 'index_already_exists', `Index \`${uid}\` already exists.`);
			this.makeIndex(uid, key);
		});
	}

	private updateSettings(uid: string, body: unknown): [number, unknown] {
		if (!body || typeof body !== 'object' || Array.isArray(body))
			throw new ApiError(400, 'bad_request', 'Invalid settings payload.');
		const known = new Set(
			Object.keys(defaultSettings()).concat([
				'proximityPrecision',
				'searchCutoffMs',
				'facetSearch',
				'prefixSearch',
				'nonSeparatorTokens',
				'separatorTokens',
				'dictionary',
				'embedders'
			])
		);
		for (const key of Object.keys(body)) {
			if (!known.has(key))
				throw new ApiError(400, 'bad_request', `Unknown field \`${key}\` inside settings.`);
		}
		const rules = (body as Json).rankingRules;
		if (Array.isArray(rules)) {
			const builtIn = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];
			for (const rule of rules) {
				if (!builtIn.includes(rule) && !/^\w+:(asc|desc)$/.test(rule))
					throw new ApiError(
						400,
						'invalid_settings_ranking_rules',
						`\`${rule}\` ranking rule is invalid.`
					);
			}
		}
		// Like the real server, a settings update creates a missing index.
		return this.enqueue(uid, 'settingsUpdate', body as Json, () => {
			const index = this.indexes.get(uid) ?? this.makeIndex(uid, null);
			const defaults = defaultSettings();
			for (const [key, value] of Object.entries(body)) {
				index.settings[key] =
					value === null
						? defaults[key]
						: typeof value === 'object' && !Array.isArray(value) && defaults[key]
							? { ...(index.settings[key] as Json), ...(value as Json) }
							: value;
			}
		});
	}

	private addDocuments(uid: string, body: unknown, primaryKey: string | null): [number, unknown] {
		if (!Array.isArray(body))
			throw new ApiError(
				400,
				'malformed_payload',
				'The json payload provided is malformed: expected an array.'
			);
		const docs = body as Doc[];
		return this.enqueue(
			uid,
			'documentAdditionOrUpdate',
			{ receivedDocuments: docs.length, indexedDocuments: null },
			() => {
				// Documents added to a missing index create it, with default settings.
				const index = this.indexes.get(uid) ?? this.makeIndex(uid, null);
				if (
					primaryKey &&
					index.primaryKey &&
					index.primaryKey !== primaryKey &&
					index.docs.size > 0
				) {
					throw new ApiError(
						400,
						'index_primary_key_already_exists',
						'Index already has a primary key: `' + index.primaryKey + '`.'
					);
				}
				const key = index.primaryKey ?? primaryKey ?? 'id';
				index.primaryKey = key;
				for (const doc of docs) {
					const code = this.rejectDocument?.(doc);
					if (code)
						throw new ApiError(
							400,
							code,
							`Document \`${String(doc[key])}\` was rejected (${code}).`
						);
					const id = doc[key];
					if (id === undefined)
						throw new ApiError(
							400,
							'missing_document_id',
							`Document doesn't have a \`${key}\` attribute.`
						);
					if (!/^[A-Za-z0-9_-]{1,511}$/.test(String(id)))
						throw new ApiError(
							400,
							'invalid_document_id',
							`Document identifier \`${String(id)}\` is invalid.`
						);
				}
				for (const doc of docs) index.docs.set(String(doc[key]), doc);
			}
		);
	}

	private swap(body: unknown): [number, unknown] {
		if (!Array.isArray(body))
			throw new ApiError(400, 'bad_request', 'Invalid type: expected a sequence.');
		for (const [i, swap] of body.entries()) {
			const indexes = (swap as Json)?.indexes;
			if (!Array.isArray(indexes) || indexes.length !== 2)
				throw new ApiError(
					400,
					'invalid_swap_indexes',
					`\`[${i}].indexes\` must contain exactly two indexes.`
				);
		}
		return this.enqueue(null, 'indexSwap', { swaps: body }, () => {
			for (const swap of body as { indexes: [string, string]; rename?: boolean }[]) {
				const [a, b] = swap.indexes;
				const left = this.index(a);
				if (swap.rename) {
					if (this.indexes.has(b))
						throw new ApiError(409, 'index_already_exists', `Index \`${b}\` already exists.`);
					this.indexes.delete(a);
					this.indexes.set(b, { ...left, uid: b });
					continue;
				}
				const right = this.index(b);
				this.indexes.set(a, { ...right, uid: a });
				this.indexes.set(b, { ...left, uid: b });
			}
		});
	}

	// ---- search ------------------------------------------------------------------------

	private multiSearch(body: unknown): unknown {
		const queries = (body as { queries?: unknown })?.queries;
		if (!Array.isArray(queries)) throw new ApiError(400, 'bad_request', 'Missing field `queries`.');
		const results = queries.map((query: Json, i) => {
			try {
				const uid = query.indexUid;
				if (typeof uid !== 'string')
					throw new ApiError(400, 'missing_index_uid', 'Missing field `indexUid`.');
				return { indexUid: uid, ...this.search(uid, query) };
			} catch (err) {
				if (err instanceof ApiError)
					throw new ApiError(
						err.status,
						err.code,
						`Inside \`.queries[${i}]\`: ${err.message}`,
						err.type
					);
				throw err;
			}
		});
		return { results };
	}

	private search(uid: string, params: Json): Json {
		const started = performance.now();
		const index = this.index(uid);
		const settings = index.settings;
		const q = typeof params.q === 'string' ? params.q : '';
		const limit = typeof params.limit === 'number' ? params.limit : 20;
		const offset = typeof params.offset === 'number' ? params.offset : 0;
		const strategy = (params.matchingStrategy as string | undefined) ?? 'last';
		if (!['last', 'all', 'frequency'].includes(strategy)) {
			throw new ApiError(
				400,
				'invalid_search_matching_strategy',
				'Unknown value `' +
					strategy +
					'` at `.matchingStrategy`: expected one of `last`, `all`, `frequency`.'
			);
		}
		const filterable = new Set(settings.filterableAttributes);
		const facets = (params.facets as string[] | undefined) ?? [];
		for (const facet of facets) {
			if (!filterable.has(facet)) {
				throw new ApiError(
					400,
					'invalid_search_facets',
					`Invalid facet distribution: Attribute \`${facet}\` is not filterable. ${available('filterable', filterable)}`
				);
			}
		}
		const sort = parseSort(params.sort, new Set(settings.sortableAttributes));
		const filter = compileFilter(params.filter, filterable);
		const searchable = searchableOf(index);
		const words = tokens(q);
		const candidates = [...index.docs.values()].filter(filter);
		const scored: { doc: Doc; order: number; score: (number | Key)[]; matched: Set<string> }[] = [];
		// Each distinct term is measured against each query word once per search.
		const memo = words.map(() => new Map<string, WordMatch>());
		candidates.forEach((doc, order) => {
			const match = matchDocument(doc, words, searchable, settings, strategy, memo);
			if (match)
				scored.push({
					doc,
					order,
					score: rankVector(match, settings.rankingRules, doc, sort, q, searchable),
					matched: match.terms
				});
		});
		scored.sort((a, b) => compare(a.score, b.score) || a.order - b.order);
		const window = scored.slice(0, settings.pagination.maxTotalHits);
		const page = window.slice(offset, offset + limit);
		const distribution: Record<string, Record<string, number>> = {};
		for (const facet of facets) {
			const counts: Record<string, number> = {};
			for (const { doc } of scored) {
				const value = doc[facet];
				for (const v of Array.isArray(value)
					? value
					: value === undefined || value === null
						? []
						: [value])
					counts[String(v)] = (counts[String(v)] ?? 0) + 1;
			}
			distribution[facet] = counts;
		}
		const crop = new Set((params.attributesToCrop as string[] | undefined) ?? []);
		const highlight = new Set((params.attributesToHighlight as string[] | undefined) ?? []);
		const pre = (params.highlightPreTag as string | undefined) ?? '<em>';
		const post = (params.highlightPostTag as string | undefined) ?? '</em>';
		const cropLength = (params.cropLength as number | undefined) ?? 10;
		const hits = page.map(({ doc, matched }) => {
			if (crop.size === 0 && highlight.size === 0) return { ...doc };
			const formatted: Doc = { ...doc };
			for (const attribute of new Set([...crop, ...highlight])) {
				const value = doc[attribute];
				if (typeof value !== 'string') continue;
				formatted[attribute] = format(
					value,
					matched,
					highlight.has(attribute) ? [pre, post] : null,
					crop.has(attribute) ? cropLength : null
				);
			}
			return { ...doc, _formatted: formatted };
		});
		const response: Json = {
			hits,
			query: q,
			processingTimeMs: Math.round(performance.now() - started),
			limit,
			offset,
			estimatedTotalHits: window.length
		};
		if (facets.length > 0) {
			response.facetDistribution = distribution;
			response.facetStats = {};
		}
		return response;
	}
}

function view(task: Task): Json {
	const { run: _run, ...rest } = task;
	void _run;
	return rest;
}

function indexView(index: StubIndex): Json {
	return {
		uid: index.uid,
		primaryKey: index.primaryKey,
		createdAt: index.createdAt,
		updatedAt: index.updatedAt
	};
}

function available(what: string, set: Set<string>): string {
	return set.size === 0
		? `This index does not have configured ${what} attributes.`
		: `Available ${what} attributes are: \`${[...set].sort().join(', ')}\`.`;
}

// ---- text ----------------------------------------------------------------------------

function fold(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}+/gu, '');
}

function tokens(text: string): string[] {
	return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Damerau-Levenshtein (adjacent transpositions); a typo on the first letter counts twice. */
function typos(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
		i,
		...Array<number>(b.length).fill(0)
	]);
	for (let j = 0; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length] + (a[0] !== b[0] ? 1 : 0);
}

interface Term {
	word: string;
	attribute: number;
	position: number;
}

interface Match {
	/** How many query words matched (all of them, or the first n for `last`). */
	words: number;
	typos: number;
	proximity: number;
	attribute: number;
	exact: number;
	terms: Set<string>;
}

function searchableOf(index: StubIndex): string[] {
	const listed = index.settings.searchableAttributes;
	if (!listed.includes('*')) return listed;
	const fields = new Set<string>();
	for (const doc of index.docs.values()) for (const key of Object.keys(doc)) fields.add(key);
	return [...fields];
}

const termCache = new WeakMap<Doc, { key: string; terms: Term[] }>();

function termsOf(doc: Doc, searchable: string[]): Term[] {
	const key = searchable.join('\u0000');
	const cached = termCache.get(doc);
	if (cached?.key === key) return cached.terms;
	const out: Term[] = [];
	searchable.forEach((attribute, a) => {
		const value = doc[attribute];
		const texts = Array.isArray(value) ? value : [value];
		let position = 0;
		for (const text of texts) {
			if (typeof text !== 'string' && typeof text !== 'number') continue;
			for (const word of tokens(String(text)))
				out.push({ word, attribute: a, position: position++ });
			position += 8;
		}
	});
	termCache.set(doc, { key, terms: out });
	return out;
}

/** The best way one query word matches a document term: typos, exact or prefix. */
function wordMatches(query: string, term: string, last: boolean, settings: Settings) {
	const { oneTypo, twoTypos } = settings.typoTolerance.minWordSizeForTypos;
	const budget = !settings.typoTolerance.enabled
		? 0
		: query.length >= twoTypos
			? 2
			: query.length >= oneTypo
				? 1
				: 0;
	if (term === query) return { typos: 0, exact: true };
	if (last && term.startsWith(query)) return { typos: 0, exact: false };
	if (budget === 0) return null;
	let best = typos(query, term);
	if (last) {
		for (
			let k = Math.max(1, query.length - budget);
			k <= Math.min(term.length, query.length + budget);
			k++
		)
			best = Math.min(best, typos(query, term.slice(0, k)));
	}
	return best <= budget ? { typos: best, exact: false } : null;
}

type WordMatch = { typos: number; exact: boolean } | null;

function matchDocument(
	doc: Doc,
	words: string[],
	searchable: string[],
	settings: Settings,
	strategy: string,
	memo: Map<string, WordMatch>[]
): Match | null {
	if (words.length === 0)
		return { words: 0, typos: 0, proximity: 0, attribute: 0, exact: 0, terms: new Set() };
	const terms = termsOf(doc, searchable);
	const perWord = words.map((word, i) => {
		const hits: (Term & { typos: number; exact: boolean })[] = [];
		const seen = memo[i];
		for (const term of terms) {
			let m = seen.get(term.word);
			if (m === undefined) {
				m = wordMatches(word, term.word, i === words.length - 1, settings);
				seen.set(term.word, m);
			}
			if (m) hits.push({ ...term, ...m });
		}
		return hits;
	});
	let used = words.length;
	if (strategy === 'all') {
		if (perWord.some((h) => h.length === 0)) return null;
	} else {
		// `last`: drop words from the end until the rest all match.
		while (used > 0 && perWord.slice(0, used).some((h) => h.length === 0)) used--;
		if (used === 0) return null;
	}
	const kept = perWord.slice(0, used);
	let proximity = 0;
	for (let i = 1; i < kept.length; i++) {
		let best = 8;
		for (const a of kept[i - 1])
			for (const b of kept[i])
				if (a.attribute === b.attribute) best = Math.min(best, Math.abs(b.position - a.position));
		proximity += best;
	}
	return {
		words: used,
		typos: kept.reduce((sum, h) => sum + Math.min(...h.map((t) => t.typos)), 0),
		proximity,
		attribute: kept.reduce((sum, h) => sum + Math.min(...h.map((t) => t.attribute)), 0),
		exact: kept.filter((h) => h.some((t) => t.exact)).length,
		terms: new Set(kept.flatMap((h) => h.map((t) => t.word)))
	};
}

type SortKey = { attribute: string; desc: boolean };

function parseSort(raw: unknown, sortable: Set<string>): SortKey[] {
	if (raw === undefined || raw === null) return [];
	if (!Array.isArray(raw))
		throw new ApiError(
			400,
			'invalid_search_sort',
			'Invalid value type at `.sort`: expected an array.'
		);
	return raw.map((item: string) => {
		const match = /^([\w.]+):(asc|desc)$/.exec(item);
		if (!match)
			throw new ApiError(
				400,
				'invalid_search_sort',
				`Invalid syntax for the sort parameter: \`${item}\`.`
			);
		if (!sortable.has(match[1])) {
			throw new ApiError(
				400,
				'invalid_search_sort',
				`Attribute \`${match[1]}\` is not sortable. ${available('sortable', sortable)}`
			);
		}
		return { attribute: match[1], desc: match[2] === 'desc' };
	});
}

function compileFilter(raw: unknown, filterable: Set<string>): (doc: Doc) => boolean {
	if (raw === undefined || raw === null) return () => true;
	const condition = (text: string): ((doc: Doc) => boolean) => {
		const match = /^\s*([\w.]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s"]+))\s*$/.exec(text);
		if (!match)
			throw new ApiError(
				400,
				'invalid_search_filter',
				`Was expecting an operation \`=\` in \`${text}\` (this stub reads only \`attr = "value"\`).`
			);
		const [, attribute, quoted, bare] = match;
		if (!filterable.has(attribute)) {
			throw new ApiError(
				400,
				'invalid_search_filter',
				`Attribute \`${attribute}\` is not filterable. ${available('filterable', filterable)}`
			);
		}
		const value = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : bare;
		return (doc) => {
			const v = doc[attribute];
			return (Array.isArray(v) ? v : [v]).some(
				(x) => x !== null && x !== undefined && String(x) === value
			);
		};
	};
	const list = Array.isArray(raw) ? raw : [raw];
	const ands = list.map((item) => {
		if (Array.isArray(item)) {
			const ors = item.map((x) => condition(String(x)));
			return (doc: Doc) => ors.some((f) => f(doc));
		}
		if (typeof item !== 'string')
			throw new ApiError(
				400,
				'invalid_search_filter',
				'Invalid filter: expected a string or an array.'
			);
		return condition(item);
	});
	return (doc) => ands.every((f) => f(doc));
}

/** The document's place under each ranking rule, smaller is better, in the rules' order. */
function rankVector(
	m: Match,
	rules: string[],
	doc: Doc,
	sort: SortKey[],
	q: string,
	searchable: string[]
): (number | Key)[] {
	const out: (number | Key)[] = [];
	const folded = tokens(q).join(' ');
	for (const rule of rules) {
		if (rule === 'words') out.push(-m.words);
		else if (rule === 'typo') out.push(m.typos);
		else if (rule === 'proximity') out.push(m.proximity);
		else if (rule === 'attribute') out.push(m.attribute);
		else if (rule === 'exactness') {
			const whole =
				folded !== '' &&
				searchable.some(
					(a) => typeof doc[a] === 'string' && tokens(doc[a] as string).join(' ') === folded
				);
			out.push(whole ? -1000 : -m.exact);
		} else if (rule === 'sort') {
			for (const key of sort) out.push(sortValue(doc[key.attribute], key.desc));
		} else {
			const custom = /^(\w+):(asc|desc)$/.exec(rule);
			if (custom) out.push(sortValue(doc[custom[1]], custom[2] === 'desc'));
		}
	}
	return out;
}

const collator = new Intl.Collator('en');

/** A sort key: numbers before strings, missing values last; `desc` flips the order. */
type Key = { value: number | string | null; desc: boolean };

function sortValue(value: unknown, desc: boolean): Key {
	return { value: typeof value === 'number' || typeof value === 'string' ? value : null, desc };
}

function compareKey(a: Key, b: Key): number {
	if (a.value === null || b.value === null)
		return a.value === b.value ? 0 : a.value === null ? 1 : -1;
	let d: number;
	if (typeof a.value === 'number' && typeof b.value === 'number') d = a.value - b.value;
	else if (typeof a.value === 'string' && typeof b.value === 'string')
		d = collator.compare(a.value, b.value);
	else d = typeof a.value === 'number' ? -1 : 1;
	return a.desc ? -d : d;
}

function compare(a: (number | Key)[], b: (number | Key)[]): number {
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const x = a[i] ?? 0;
		const y = b[i] ?? 0;
		const d =
			typeof x === 'number' && typeof y === 'number' ? x - y : compareKey(x as Key, y as Key);
		if (d !== 0) return d;
	}
	return 0;
}

/** Highlighting wraps matched words; cropping keeps `cropLength` words around the first match. */
function format(
	text: string,
	matched: Set<string>,
	tags: [string, string] | null,
	cropLength: number | null
): string {
	const pieces = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
	const isHit = (word: string) => matched.has(tokens(word)[0] ?? '');
	let from = 0;
	let to = pieces.length;
	if (cropLength !== null && pieces.length > cropLength) {
		const first = Math.max(
			0,
			pieces.findIndex((p) => isHit(p[0]))
		);
		from = Math.max(0, Math.min(first - Math.floor(cropLength / 2), pieces.length - cropLength));
		to = from + cropLength;
	}
	if (pieces.length === 0) return text;
	let out = from > 0 ? '…' : '';
	let cursor = from > 0 ? (pieces[from].index ?? 0) : 0;
	for (let i = from; i < to; i++) {
		const p = pieces[i];
		const start = p.index ?? 0;
		out += text.slice(cursor, start);
		out += tags && isHit(p[0]) ? `${tags[0]}${p[0]}${tags[1]}` : p[0];
		cursor = start + p[0].length;
	}
	out += to < pieces.length ? '…' : text.slice(cursor);
	return out;
}

/** Starts a stub on a free loopback port. */
export async function startMeiliStub(options: MeiliStubOptions = {}): Promise<MeiliStub> {
	const stub = new MeiliStub(options);
	await stub.start();
	return stub;
}
