/**
 * HTTP benchmark: autocannon against `node build` with the demo event, on its own server and
 * temporary database. Home, exhibitor list (the search API browsing organisations), an
 * exhibitor page, a search, and a static file on the same server as the reference.
 *
 * Standalone: `npx tsx tests/bench/http.ts [--seconds 10] [--connections 50]`
 */
import { exhibitorWithBooth } from '../support/demo-db';
import { runLoad, type LoadFigures } from '../support/load';
import { startServer } from '../support/server';

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

function figuresOf(label: string, f: LoadFigures, reference: LoadFigures | null): BenchFigure[] {
	const fiveHundreds = f.status['5xx'] + f.errors;
	const rows: BenchFigure[] = [
		{ name: `http ${label} req/s`, value: f.rps, unit: 'req/s' },
		{ name: `http ${label} p50`, value: f.p50, unit: 'ms' },
		{ name: `http ${label} p95`, value: f.p95, unit: 'ms' },
		{ name: `http ${label} p99`, value: f.p99, unit: 'ms' },
		{
			name: `http ${label} 5xx + errors`,
			value: fiveHundreds,
			target: '0',
			pass: fiveHundreds === 0
		}
	];
	if (reference) {
		rows.push({
			name: `http ${label} / static req/s`,
			value: Math.round((f.rps / reference.rps) * 1000) / 1000
		});
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
		const run = (path: string) =>
			runLoad({ baseUrl: server.baseUrl, requests: path, connections, durationSeconds: seconds });
		const reference = await run('/favicon.svg');
		const figures = [
			{ name: 'http connections x seconds', value: `${connections} x ${seconds} s` },
			...figuresOf('static file', reference, null)
		];
		for (const [label, path] of targets)
			figures.push(...figuresOf(label, await run(path), reference));
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
