/**
 * HTTP benchmark: autocannon against `node build` with the demo event, on its own server and
 * temporary database. Home, exhibitor list (the search API browsing organisations), an
 * exhibitor page, a search, and a static file on the same server as the reference; each with
 * the server's event-loop delay p99 under that load.
 *
 * Standalone: `npx tsx tests/bench/http.ts [--seconds 10] [--connections 50]`
 */
import { exhibitorWithBooth } from '../support/demo-db';
import { runLoad, runPaced, type LoadFigures } from '../support/load';
import { startServer } from '../support/server';

const ORGANISER_EMAIL = 'organizador@extemin.pe';
const DEMO_PASSWORD = 'extemin-demo-2027';

async function signIn(baseUrl: string, email: string): Promise<string> {
	const res = await fetch(`${baseUrl}/login?/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: baseUrl,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ email, password: DEMO_PASSWORD, redirectTo: '/me' })
	});
	await res.arrayBuffer();
	const cookie = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => /^session=./.test(c));
	if (!cookie) throw new Error(`sign-in of ${email}: HTTP ${res.status}`);
	return cookie;
}

export interface BenchFigure {
	name: string;
	value: number | string;
	unit?: string;
	target?: string;
	pass?: boolean;
}

export interface HttpBenchOptions {
	seconds?: number;
	connections?: number;
}

/**
 * Targets (issue 13 and 16). A page costs at most 20 static files of throughput and of p99
 * latency on the same server, so the ratios carry across machines. The p99 is judged on
 * established connections: each connection's first answer also waits to be accepted, and a
 * saturated Node server accepts about one connection per event-loop turn (a plain node:http
 * server with 3 ms of work per request: 28 of 50 connections waited 0.3-6 s for their first
 * answer), so those answers measure the connection ramp, not the page; they are reported. Event loop: no piece of work
 * holds it for more than 50 ms. Under saturation (50 connections as fast as the server answers)
 * every loop turn runs every request that is ready, so its delay is queueing (about connections x
 * the cost of one request) and is reported, not judged. The 50 ms target is judged on a second,
 * paced run of the same page (evenly spaced requests, `runPaced`) at half the throughput the
 * saturated run reached: a busy server that is not overloaded, where a long turn can only come
 * from one long piece of work.
 */
const LOOP_P99_MS = 50;
const MIN_RPS_RATIO = 0.05;
const MAX_P99_RATIO = 20;

interface Loop {
	p99Ms: number;
	maxMs: number;
}

/** The loop's figures of one run; `judged` puts the 50 ms target on its p99. */
function loopFigures(label: string, loop: Loop | null, judged: boolean): BenchFigure[] {
	if (!loop)
		return [{ name: `http ${label} event-loop delay p99`, value: 'unavailable', pass: false }];
	return [
		{
			name: `http ${label} event-loop delay p99`,
			value: loop.p99Ms,
			unit: 'ms',
			...(judged ? { target: `< ${LOOP_P99_MS}`, pass: loop.p99Ms < LOOP_P99_MS } : {})
		},
		{ name: `http ${label} event-loop delay max`, value: loop.maxMs, unit: 'ms' }
	];
}

function figuresOf(label: string, f: LoadFigures, reference: LoadFigures | null): BenchFigure[] {
	const fiveHundreds = f.status['5xx'] + f.errors;
	const rows: BenchFigure[] = [
		{ name: `http ${label} req/s`, value: f.rps, unit: 'req/s' },
		{ name: `http ${label} p50`, value: f.p50, unit: 'ms' },
		{ name: `http ${label} p95`, value: f.p95, unit: 'ms' },
		{ name: `http ${label} p99`, value: f.p99, unit: 'ms' },
		...(f.established && f.firstAnswers
			? [
					{
						name: `http ${label} p99 on established connections`,
						value: f.established.p99,
						unit: 'ms'
					},
					{
						name: `http ${label} first answer of a new connection, max`,
						value: f.firstAnswers.max,
						unit: 'ms'
					}
				]
			: []),
		{
			name: `http ${label} 5xx + errors`,
			value: fiveHundreds,
			target: '0',
			pass: fiveHundreds === 0
		}
	];
	if (reference) {
		const rpsRatio = Math.round((f.rps / reference.rps) * 1000) / 1000;
		// On established connections: the first answers measure how fast a saturated Node server
		// accepts connections (one per event-loop turn), which the static file's turns hide.
		const p99 = (x: LoadFigures) => x.established?.p99 ?? x.p99;
		const p99Ratio = Math.round((p99(f) / Math.max(1, p99(reference))) * 100) / 100;
		rows.push(
			{
				name: `http ${label} / static req/s`,
				value: rpsRatio,
				target: `>= ${MIN_RPS_RATIO}`,
				pass: rpsRatio >= MIN_RPS_RATIO
			},
			{
				name: `http ${label} / static p99 (established connections)`,
				value: p99Ratio,
				target: `<= ${MAX_P99_RATIO}`,
				pass: p99Ratio <= MAX_P99_RATIO
			}
		);
	}
	return rows;
}

export async function runHttpBench(options: HttpBenchOptions = {}): Promise<BenchFigure[]> {
	const seconds = options.seconds ?? 10;
	const connections = options.connections ?? 50;
	const server = await startServer({ LOG_LEVEL: 'warn' });
	try {
		const exhibitor = exhibitorWithBooth(server.databasePath);
		const targets: [string, string][] = [
			['home', '/'],
			['exhibitor list', '/api/search?type=organisation&limit=24'],
			['exhibitor page', `/exhibitors/${exhibitor.slug}`],
			['search', '/api/search?q=energia%20solar']
		];
		// The server's own event-loop delay (perf_hooks), read by an organiser on /admin/metrics.
		const organiser = await signIn(server.baseUrl, ORGANISER_EMAIL);
		const metrics = (method: 'GET' | 'POST') =>
			fetch(`${server.baseUrl}/admin/metrics`, { method, headers: { cookie: organiser } })
				.then((r) => r.json() as Promise<{ eventLoopDelay: Loop | null }>)
				.then((b) => b.eventLoopDelay)
				.catch(() => null);
		const run = async (path: string, rate?: number) => {
			await metrics('POST');
			const load = rate
				? await runPaced({ baseUrl: server.baseUrl, path, rate, durationSeconds: seconds })
				: await runLoad({
						baseUrl: server.baseUrl,
						requests: path,
						connections,
						durationSeconds: seconds
					});
			return { load, loop: await metrics('GET') };
		};
		const reference = await run('/favicon.svg');
		const figures: BenchFigure[] = [
			{ name: 'http connections x seconds', value: `${connections} x ${seconds} s` },
			...figuresOf('static file', reference.load, null),
			...loopFigures('static file (saturated)', reference.loop, false)
		];
		for (const [label, path] of targets) {
			const measured = await run(path);
			figures.push(...figuresOf(label, measured.load, reference.load));
			figures.push(...loopFigures(`${label} (saturated)`, measured.loop, false));
			const rate = Math.max(1, Math.floor(measured.load.rps / 2));
			const paced = await run(path, rate);
			const failed = paced.load.status['5xx'] + paced.load.errors;
			figures.push(
				{ name: `http ${label} at ${rate} req/s (half) p99`, value: paced.load.p99, unit: 'ms' },
				{
					name: `http ${label} at ${rate} req/s (half) 5xx + errors`,
					value: failed,
					target: '0',
					pass: failed === 0
				},
				...loopFigures(`${label} at ${rate} req/s (half)`, paced.loop, true)
			);
		}
		return figures;
	} finally {
		await server.stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const arg = (name: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? Number(process.argv[i + 1]) : undefined;
	};
	for (const f of await runHttpBench({
		seconds: arg('seconds'),
		connections: arg('connections')
	})) {
		console.log(`${f.name}: ${f.value}${f.unit ? ` ${f.unit}` : ''}`);
	}
}
