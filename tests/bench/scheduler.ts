/**
 * Scheduler benchmark: `npx tsx tests/bench/scheduler.ts`. Three seeded events (see
 * scheduler-instances.ts); the small one is also solved exactly, untimed, to measure the
 * share of the proven optimum that the timed run reaches.
 */
import {
	firstFreeBaseline,
	schedule,
	validateResult,
	type SchedulerInstance
} from '../../src/lib/domain/scheduler/index';
import { BENCH_SHAPES, generateInstance } from './scheduler-instances';

export interface BenchFigure {
	name: string;
	value: string | number;
	unit?: string;
	target?: string;
	pass?: boolean;
}

interface Case {
	key: keyof typeof BENCH_SHAPES;
	label: string;
	maxMillis: number;
	/** Minimum share of the proven optimum (small) or of the upper bound (large). */
	minRatio?: number;
}

const CASES: Case[] = [
	{ key: 'small', label: '300p/1.5k req/16 slots', maxMillis: 2_000, minRatio: 0.995 },
	{ key: 'large', label: '5k p/25k req/48 slots', maxMillis: 20_000, minRatio: 0.98 },
	{ key: 'huge', label: '20k p/100k req/48 slots', maxMillis: 60_000 }
];

const round = (x: number, digits = 4) => Number(x.toFixed(digits));
const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);

/** The proven optimum for the small case: HiGHS branch and bound without a time limit. */
async function provenOptimum(instance: SchedulerInstance): Promise<number | null> {
	const exact = await schedule(instance, { mode: 'exact' });
	return exact.stats.optimal ? exact.stats.scheduledWeight : null;
}

async function runCase(c: Case): Promise<BenchFigure[]> {
	const instance = generateInstance(BENCH_SHAPES[c.key]);
	let peak = rssMb();
	const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 20);
	const started = Date.now();
	const result = await schedule(instance);
	const millis = Date.now() - started;
	clearInterval(sampler);
	peak = Math.max(peak, rssMb());
	const violations = validateResult(instance, result);
	const baseline = firstFreeBaseline(instance);
	const { scheduledWeight: weight, upperBound } = result.stats;
	const optimum = c.key === 'small' ? await provenOptimum(instance) : null;
	const reference = optimum ?? upperBound;
	const ratio = weight / reference;
	const name = (what: string) => `scheduler ${c.label}: ${what}`;
	const figures: BenchFigure[] = [
		{ name: name('requests'), value: instance.requests.length },
		{
			name: name('valid'),
			value: violations.length === 0 ? 'yes' : violations[0],
			pass: violations.length === 0
		},
		{ name: name('scheduled weight'), value: weight },
		{ name: name('upper bound'), value: upperBound },
		{
			name: name(optimum === null ? 'weight / upper bound' : 'weight / proven optimum'),
			value: round(ratio),
			target: c.minRatio === undefined ? undefined : `>= ${c.minRatio}`,
			pass: c.minRatio === undefined ? undefined : ratio >= c.minRatio
		},
		{ name: name('optimal'), value: result.stats.optimal ? 'yes' : 'no' },
		{ name: name('idle gaps'), value: result.stats.idleGaps },
		{
			name: name('time'),
			value: millis,
			unit: 'ms',
			target: `<= ${c.maxMillis}`,
			pass: millis <= c.maxMillis
		},
		{ name: name('peak RSS'), value: peak, unit: 'MB', target: '<= 1024', pass: peak <= 1024 },
		{ name: name('baseline weight'), value: baseline.stats.scheduledWeight },
		{ name: name('baseline / reference'), value: round(baseline.stats.scheduledWeight / reference) }
	];
	if (optimum !== null) figures.splice(4, 0, { name: name('proven optimum'), value: optimum });
	return figures;
}

export async function runSchedulerBench(): Promise<BenchFigure[]> {
	const figures: BenchFigure[] = [];
	for (const c of CASES) figures.push(...(await runCase(c)));
	return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const figures = await runSchedulerBench();
	for (const f of figures) {
		const verdict = f.pass === undefined ? '' : f.pass ? '  PASS' : '  FAIL';
		const target = f.target ? `  (target ${f.target})` : '';
		console.log(`${f.name}: ${f.value}${f.unit ? ` ${f.unit}` : ''}${target}${verdict}`);
	}
}
