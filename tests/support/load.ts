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
	/** Requests per second over all connections (autocannon's overallRate); unset = as fast as answered. */
	overallRate?: number;
}

export interface LoadFigures {
	requests: number;
	rps: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
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
		requests,
		...(options.overallRate ? { overallRate: options.overallRate } : {})
	});
	instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
		times.push(ms);
	});
	const result = await instance;
	times.sort((a, b) => a - b);
	return {
		requests: result.requests.total,
		rps: Math.round(result.requests.average),
		p50: percentile(times, 50),
		p95: percentile(times, 95),
		p99: percentile(times, 99),
		max: percentile(times, 100),
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
	return `${label}: ${f.rps} req/s, p50 ${f.p50} ms, p95 ${f.p95} ms, p99 ${f.p99} ms, max ${f.max} ms, ${f.requests} requests, status ${JSON.stringify(f.status)}, errors ${f.errors}`;
}
