/**
 * Organiser scheduling runs as jobs (docs/background-jobs.md). A run is a `schedule_job` row:
 * starting one claims the event atomically (`active = 1` is UNIQUE, so a second start, in this
 * process or another, fails with a unique violation and is refused), the search and the
 * writes run in a worker thread (schedule-worker.ts), and the process that owns the run keeps
 * the row's progress and heartbeat current. Any process answers the status and the cancel:
 * cancelling sets a flag that the owner sees within a second and stops its worker. A run
 * whose owner died (no heartbeat for STALE_SECONDS) is marked failed by the next start.
 */
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { writeTransaction, type Db } from '../db/client';
import { logger } from '../log';
import { isUniqueViolation } from './errors';
import type { StoredSummary, WorkerInput, WorkerMessage } from './schedule-worker';

export interface ScheduleJob {
	id: number;
	state: 'running' | 'done' | 'failed' | 'cancelled';
	phase: string;
	fraction: number;
	/** Epoch milliseconds. */
	startedAt: number;
	summary: StoredSummary | null;
	error: string | null;
}

/** A run whose owner has not written a heartbeat for this long is considered dead. */
export const STALE_SECONDS = 30;
const HEARTBEAT_MS = 1_000;
/** This process, as the owner of the runs it started. */
const OWNER = `${process.pid}-${randomUUID().slice(0, 8)}`;
const now = () => Math.floor(Date.now() / 1000);

type JobRow = {
	id: number;
	state: ScheduleJob['state'];
	phase: string;
	fraction: number;
	started_at: number;
	summary: string | null;
	error: string | null;
};

function toJob(row: JobRow): ScheduleJob {
	return {
		id: row.id,
		state: row.state,
		phase: row.phase,
		fraction: row.fraction,
		startedAt: row.started_at * 1000,
		summary: row.summary ? (JSON.parse(row.summary) as StoredSummary) : null,
		error: row.error
	};
}

const JOB_COLUMNS = ['id', 'state', 'phase', 'fraction', 'started_at', 'summary', 'error'] as const;

/** The latest run of the event, from the database (whichever process runs it). */
export async function currentJob(db: Db): Promise<ScheduleJob | null> {
	const row = await db
		.selectFrom('schedule_job')
		.select(JOB_COLUMNS)
		.orderBy('id', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row ? toJob(row) : null;
}

// ---------------------------------------------------------------------------------------
// The worker thread

/**
 * Source of the thread: it imports the worker module by URL. Under vitest and tsx that URL
 * is a .ts file, so the thread registers tsx first; in `build/` it is a plain .js chunk.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
	if (workerData.tsx) (await import(workerData.tsx)).register();
	const worker = await import(workerData.url);
	await worker.main(parentPort, workerData.input);
})().catch((err) => parentPort.postMessage({ type: 'failed', error: String(err && err.stack || err) }));
`;

function tsxLoaderUrl(): string {
	// tsx's ESM API (`tsx/esm/api` resolves to its CommonJS twin from require()).
	const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
	return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}

export interface WorkerHandle {
	worker: Worker;
	/** Settles with the worker's last word: its summary, or an error. */
	finished: Promise<{ summary: StoredSummary } | { error: string }>;
}

/** Starts the scheduler's worker thread; `onProgress` gets its progress messages. */
export async function startWorker(
	input: WorkerInput,
	onProgress: (phase: string, fraction: number) => void = () => undefined
): Promise<WorkerHandle> {
	// The namespace's `main` is used (by the thread), so the bundler keeps it in the chunk.
	const entry = await import('./schedule-worker');
	if (typeof entry.main !== 'function') throw new Error('the scheduler worker has no entry');
	const moduleUrl = entry.moduleUrl;
	const { Worker } = await import('node:worker_threads');
	const worker = new Worker(WORKER_SOURCE, {
		eval: true,
		workerData: {
			url: moduleUrl,
			tsx: moduleUrl.endsWith('.ts') ? tsxLoaderUrl() : null,
			input
		}
	});
	const finished = new Promise<{ summary: StoredSummary } | { error: string }>((resolve) => {
		worker.on('message', (message: WorkerMessage) => {
			if (message.type === 'progress') onProgress(message.phase, message.fraction);
			else if (message.type === 'done') resolve({ summary: message.summary });
			else resolve({ error: message.error });
		});
		worker.once('error', (err) => resolve({ error: err.message }));
		worker.once('exit', (code) => resolve({ error: `the scheduler stopped (exit ${code})` }));
	});
	void finished.then(() => worker.terminate());
	return { worker, finished };
}

/** The preview: a short heuristic run in the worker; nothing is written. */
export async function previewInWorker(timeBudgetMs = 1_500): Promise<StoredSummary> {
	const { finished } = await startWorker({ mode: 'preview', timeBudgetMs });
	const outcome = await finished;
	if ('error' in outcome) throw new Error(outcome.error);
	return outcome.summary;
}

// ---------------------------------------------------------------------------------------
// Runs owned by this process

interface OwnedRun {
	id: number;
	handle: WorkerHandle;
	done: Promise<ScheduleJob>;
}

const owned = new Map<number, OwnedRun>();

/** Marks runs whose owner stopped writing heartbeats as failed, releasing the event's claim. */
async function expireStale(db: Db): Promise<void> {
	await db
		.updateTable('schedule_job')
		.set({
			active: null,
			state: 'failed',
			finished_at: now(),
			error: 'the process running it stopped'
		})
		.where('active', '=', 1)
		.where('heartbeat_at', '<', now() - STALE_SECONDS)
		.execute();
}

async function finish(
	db: Db,
	id: number,
	values: { state: ScheduleJob['state']; summary?: StoredSummary; error?: string }
): Promise<void> {
	await db
		.updateTable('schedule_job')
		.set({
			active: null,
			state: values.state,
			finished_at: now(),
			...(values.state === 'done' ? { fraction: 1, phase: 'done' } : {}),
			summary: values.summary ? JSON.stringify(values.summary) : null,
			run_id: values.summary?.runId ?? null,
			error: values.error ?? null
		})
		.where('id', '=', id)
		.where('active', '=', 1)
		.execute();
}

export interface StartOptions {
	/** Absent: the scheduler's default for the instance's size. */
	timeBudgetMs?: number;
	startedBy?: number | null;
	/** The database file for the worker; absent: the configured one. */
	databasePath?: string;
	onProgress?: (phase: string, fraction: number) => void;
}

/**
 * Claims the event and starts a run in a worker thread. Resolves to null when a run is
 * already in progress (here or in another process). `done` settles when the run ends.
 */
export async function startScheduleJob(
	db: Db,
	options: StartOptions
): Promise<{ job: ScheduleJob; done: Promise<ScheduleJob> } | null> {
	await expireStale(db);
	let row: JobRow;
	try {
		row = await writeTransaction(db, (trx) =>
			trx
				.insertInto('schedule_job')
				.values({
					active: 1,
					state: 'running',
					budget_ms: options.timeBudgetMs ?? 0,
					owner: OWNER,
					started_by: options.startedBy ?? null,
					heartbeat_at: now()
				})
				.returning(JOB_COLUMNS)
				.executeTakeFirstOrThrow()
		);
	} catch (err) {
		if (isUniqueViolation(err)) return null;
		throw err;
	}
	const id = row.id;
	let progress = { phase: 'start', fraction: 0 };
	let handle: WorkerHandle;
	try {
		handle = await startWorker(
			{
				mode: 'run',
				timeBudgetMs: options.timeBudgetMs,
				databasePath: options.databasePath,
				jobId: id
			},
			(phase, fraction) => {
				progress = { phase, fraction };
				options.onProgress?.(phase, fraction);
			}
		);
	} catch (err) {
		await finish(db, id, { state: 'failed', error: String(err) });
		throw err;
	}
	let cancelled = false;
	// Heartbeat: progress into the row for every process's status page, the cancel flag out.
	// While the worker writes meetings it beats in its own batch transactions, and this thread
	// only reads: an UPDATE here would wait for the write lock on the event loop.
	const beat = setInterval(() => {
		const writing = progress.phase === 'write';
		const beating = writing
			? Promise.resolve()
			: db
					.updateTable('schedule_job')
					.set({ phase: progress.phase, fraction: progress.fraction, heartbeat_at: now() })
					.where('id', '=', id)
					.execute();
		void beating
			.then(() =>
				db
					.selectFrom('schedule_job')
					.select('cancel_requested')
					.where('id', '=', id)
					.executeTakeFirst()
			)
			.then((r) => {
				if (r?.cancel_requested && !cancelled) {
					cancelled = true;
					void handle.worker.terminate();
				}
			})
			.catch((err: unknown) => logger.warn({ err, jobId: id }, 'schedule heartbeat failed'));
	}, HEARTBEAT_MS);
	beat.unref();
	const done = handle.finished
		.then(async (outcome) => {
			clearInterval(beat);
			if ('summary' in outcome) await finish(db, id, { state: 'done', summary: outcome.summary });
			else if (cancelled) await finish(db, id, { state: 'cancelled' });
			else {
				logger.error({ jobId: id, error: outcome.error }, 'schedule job failed');
				await finish(db, id, { state: 'failed', error: outcome.error });
			}
			const after = await db
				.selectFrom('schedule_job')
				.select(JOB_COLUMNS)
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
			return toJob(after);
		})
		.finally(() => owned.delete(id));
	owned.set(id, { id, handle, done });
	return { job: toJob(row), done };
}

/**
 * Asks the event's run to stop. The owner (this process or another) terminates its worker
 * within a second; meetings of batches already committed stay. A run whose owner is gone is
 * marked cancelled here. False when no run is in progress.
 */
export async function cancelScheduleJob(db: Db): Promise<boolean> {
	const result = await db
		.updateTable('schedule_job')
		.set({ cancel_requested: 1 })
		.where('active', '=', 1)
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) === 0) return false;
	await db
		.updateTable('schedule_job')
		.set({ active: null, state: 'cancelled', finished_at: now() })
		.where('active', '=', 1)
		.where('heartbeat_at', '<', now() - STALE_SECONDS)
		.execute();
	return true;
}

/** On shutdown: stops this process's workers and records their runs as failed. */
export async function stopScheduleJobs(): Promise<void> {
	const runs = [...owned.values()];
	await Promise.all(runs.map((r) => r.handle.worker.terminate()));
	await Promise.allSettled(runs.map((r) => r.done));
}
