import { readFile, writeFile } from 'node:fs/promises';
import {
	parseInstance,
	schedule,
	SchedulerInputError,
	type SchedulerResult
} from '../../lib/domain/scheduler';
import { readConfig } from '../../lib/server/config';
import { connectDb } from '../../lib/server/db/client';
import { migrateToLatest } from '../../lib/server/db/migrate';
import { startScheduleJob } from '../../lib/server/matchmaking/schedule-jobs';
import { parseArgs, progress } from '../args';

function summary(
	result: Pick<SchedulerResult, 'stats' | 'unscheduled'> & { meetings: unknown[] | number }
): string {
	const s = result.stats;
	const share = s.upperBound > 0 ? ((100 * s.scheduledWeight) / s.upperBound).toFixed(2) : '100.00';
	return (
		`${typeof result.meetings === 'number' ? result.meetings : result.meetings.length} meetings, weight ${s.scheduledWeight} / upper bound ${s.upperBound} (${share} %` +
		`${s.bound ? `, bound by ${s.bound.method}${s.bound.lpSolver ? ` (${s.bound.lpSolver})` : ''}` : ''})` +
		`${s.optimal ? ', optimal' : ''}${s.stopped ? `, stopped: ${s.stopped}` : ''}; ${result.unscheduled.length} unscheduled, ${s.idleGaps} idle gaps, ${(s.millis / 1000).toFixed(1)} s`
	);
}

/** File mode: no database, the contract's JSON in and out. */
async function scheduleFile(input: string, output: string, budget?: number): Promise<number> {
	let raw: unknown;
	try {
		raw = JSON.parse(await readFile(input, 'utf8'));
	} catch (err) {
		process.stderr.write(
			`extemin schedule: cannot read ${input}: ${err instanceof Error ? err.message : err}\n`
		);
		return 1;
	}
	const instance = parseInstance(raw);
	const report = progress('schedule');
	const result = await schedule(instance, {
		timeBudgetMs: budget,
		onProgress: (p) => report(p.phase, p.fraction),
		onLog: (e) => process.stderr.write(`extemin schedule: ${e.level}: ${e.message}\n`)
	});
	await writeFile(output, JSON.stringify(result, null, 2) + '\n');
	process.stderr.write(`${summary(result)}\n`);
	return 0;
}

/**
 * Database mode: accepted requests of the configured event, existing meetings kept. The run
 * is a scheduling job like the organiser's (a worker thread, one run per event at a time,
 * across processes), so it cannot collide with a run started on the admin page.
 */
async function scheduleDatabase(budget?: number): Promise<number> {
	// The worker opens the same database from the same environment (DATABASE_URL or DATABASE_PATH).
	const db = connectDb(readConfig());
	try {
		await migrateToLatest(db);
		const report = progress('schedule');
		const started = await startScheduleJob(db, {
			timeBudgetMs: budget,
			onProgress: (phase, fraction) => report(phase, fraction)
		});
		if (!started) {
			process.stderr.write('extemin schedule: a scheduling run is already in progress\n');
			return 1;
		}
		const job = await started.done;
		const run = job.summary;
		if (job.state !== 'done' || !run) {
			process.stderr.write(`extemin schedule: the run ${job.state}: ${job.error ?? ''}\n`);
			return 1;
		}
		process.stdout.write(
			`Run ${run.runId}: ${summary(run.result)}; ${run.written} meetings written, ${run.skipped} skipped (booked meanwhile).\n`
		);
		return 0;
	} finally {
		await db.destroy();
	}
}

/** `extemin schedule [--in <instance.json> --out <result.json>] [--budget <seconds>]` */
export async function scheduleCommand(args: string[]): Promise<number> {
	try {
		const { options } = parseArgs(args, ['in', 'out', 'budget']);
		const budget = options.budget ? Number(options.budget) * 1000 : undefined;
		if (budget !== undefined && !(budget > 0))
			throw new Error('--budget must be a number of seconds');
		if (options.in || options.out) {
			if (!options.in || !options.out) throw new Error('file mode needs both --in and --out');
			return await scheduleFile(options.in, options.out, budget);
		}
		return await scheduleDatabase(budget);
	} catch (err) {
		const message =
			err instanceof SchedulerInputError
				? err.message
				: err instanceof Error
					? err.message
					: String(err);
		process.stderr.write(`extemin schedule: ${message}\n`);
		return 1;
	}
}
