import autocannon, { type AutocannonRequest } from 'autocannon';

export interface LoadRequest extends AutocannonRequest {
	/** Name in the per-route counts; defaults to `METHOD path`. */
	label?: string;
}

export interface LoadOptions {
	baseUrl: string;
	/** One path, or a sequence each connection repeats (e.g. 9 reads and 1 write). */
	requests: string | LoadRequest[];
	connections?: number;
	durationSeconds?: number;
	headers?: Record<string, string>;
}

export interface LoadFigures {
	requests: number;
	rps: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
	/**
	 * The same latencies without each connection's first answer: on established connections
	 * (runLoad only; fetch in runPaced does not say which connection answered).
	 * A saturated Node server accepts about one new connection per event-loop turn (a plain
	 * node:http server does the same, docs/benchmarks.md), so the first answers of the last
	 * connections to be accepted wait for many turns of everyone else's requests.
	 */
	established?: { p50: number; p95: number; p99: number; max: number };
	/** Each connection's first answer: the wait to be accepted, plus the request. */
	firstAnswers?: { count: number; p50: number; max: number };
	/** Connection errors and timeouts. */
	errors: number;
	status: Record<'2xx' | '3xx' | '4xx' | '5xx', number>;
	/** Answers per route label and status, e.g. `{ 'POST /me/bookmarks': { 303: 120 } }`. */
	byRoute: Record<string, Record<number, number>>;
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return 0;
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return Math.round(sorted[i] * 10) / 10;
}

/**
 * autocannon against one server. Latencies are collected per response (autocannon's own
 * histogram stops at p90/p97.5 and has no p95), and statuses per route.
 */
export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
	const sequence: LoadRequest[] =
		typeof options.requests === 'string' ? [{ path: options.requests }] : options.requests;
	const times: number[] = [];
	const byRoute: Record<string, Record<number, number>> = {};
	const requests = sequence.map(({ label, ...request }) => {
		const name = label ?? `${request.method ?? 'GET'} ${(request.path ?? '/').split('?')[0]}`;
		const counts = (byRoute[name] ??= {});
		return {
			...request,
			onResponse: (status: number) => {
				counts[status] = (counts[status] ?? 0) + 1;
			}
		};
	});
	const instance = autocannon({
		url: options.baseUrl,
		connections: options.connections ?? 50,
		duration: options.durationSeconds ?? 10,
		timeout: 20,
		headers: options.headers,
		requests
	});
	const seen = new WeakSet<object>();
	const established: number[] = [];
	const first: number[] = [];
	instance.on('response', (client: object, _status: number, _bytes: number, ms: number) => {
		times.push(ms);
		if (seen.has(client)) established.push(ms);
		else {
			seen.add(client);
			first.push(ms);
		}
	});
	const result = await instance;
	for (const list of [times, established, first]) list.sort((a, b) => a - b);
	return {
		requests: result.requests.total,
		rps: Math.round(result.requests.average),
		p50: percentile(times, 50),
		p95: percentile(times, 95),
		p99: percentile(times, 99),
		max: percentile(times, 100),
		established: {
			p50: percentile(established, 50),
			p95: percentile(established, 95),
			p99: percentile(established, 99),
			max: percentile(established, 100)
		},
		firstAnswers: { count: first.length, p50: percentile(first, 50), max: percentile(first, 100) },
		errors: result.errors + result.timeouts,
		status: {
			'2xx': result['2xx'],
			'3xx': result['3xx'],
			'4xx': result['4xx'],
			'5xx': result['5xx']
		},
		byRoute
	};
}

export function describeLoad(label: string, f: LoadFigures): string {
	const established = f.established
		? ` (established connections: p99 ${f.established.p99} ms, max ${f.established.max} ms; first answers max ${f.firstAnswers?.max} ms)`
		: '';
	return `${label}: ${f.rps} req/s, p50 ${f.p50} ms, p95 ${f.p95} ms, p99 ${f.p99} ms, max ${f.max} ms${established}, ${f.requests} requests, status ${JSON.stringify(f.status)}, errors ${f.errors}`;
}

export interface PacedOptions {
	baseUrl: string;
	path: string;
	/** Requests per second, sent evenly spaced whether or not earlier answers have arrived. */
	rate: number;
	durationSeconds: number;
}

/**
 * An open-loop load: one request every 1/rate seconds, evenly spaced (autocannon's rate limit
 * sends each second's quota of every connection at once, which measures bursts, not a steady
 * load). Latency is from the planned send time, so a stalled client cannot hide a slow server.
 */
export async function runPaced(options: PacedOptions): Promise<LoadFigures> {
	const times: number[] = [];
	const status: LoadFigures['status'] = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
	let errors = 0;
	const total = Math.max(1, Math.round(options.rate * options.durationSeconds));
	const interval = 1000 / options.rate;
	const started = performance.now();
	const inFlight: Promise<void>[] = [];
	for (let i = 0; i < total; i++) {
		const planned = started + i * interval;
		const wait = planned - performance.now();
		if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
		inFlight.push(
			fetch(`${options.baseUrl}${options.path}`, { redirect: 'manual' })
				.then(async (res) => {
					await res.arrayBuffer();
					times.push(performance.now() - planned);
					const kind = `${Math.floor(res.status / 100)}xx` as keyof LoadFigures['status'];
					if (kind in status) status[kind]++;
				})
				.catch(() => {
					errors++;
				})
		);
	}
	await Promise.all(inFlight);
	const seconds = (performance.now() - started) / 1000;
	times.sort((a, b) => a - b);
	return {
		requests: times.length,
		rps: Math.round(times.length / seconds),
		p50: percentile(times, 50),
		p95: percentile(times, 95),
		p99: percentile(times, 99),
		max: percentile(times, 100),
		errors,
		status,
		byRoute: {}
	};
}
