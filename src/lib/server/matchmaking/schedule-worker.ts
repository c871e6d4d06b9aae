/**
 * The entry of the scheduler's worker thread (schedule-jobs.ts starts it). The worker opens
 * its own database connection, builds the instance, runs the search and, for a run, writes
 * the meetings in batches of short transactions: none of it touches the web server's event
 * loop. It reports progress and its summary to the parent as messages.
 *
 * The parent finds this module by its own URL (`moduleUrl`), which is the source file under
 * vitest and tsx and the emitted chunk in `build/` (the parent imports this module
 * dynamically, so the bundler keeps it as a chunk of its own).
 */
import { setPriority } from 'node:os';
import type { MessagePort } from 'node:worker_threads';
import { createDb, type Db } from '../db/client';
import { getDb } from '../db';
import { runScheduling, type RunSummary } from './scheduling';

export const moduleUrl: string = import.meta.url;

export interface WorkerInput {
	mode: 'preview' | 'run';
	timeBudgetMs?: number;
	/** The database file; absent: the configured database (DATABASE_PATH or DATABASE_URL). */
	databasePath?: string;
	/** The schedule_job row: during the writes its heartbeat goes with each batch. */
	jobId?: number;
}

/** A run's summary without the meetings (they are in the database): small enough to store. */
export type StoredSummary = Omit<RunSummary, 'result'> & {
	result: Omit<RunSummary['result'], 'meetings'> & { meetings: number };
};

export type WorkerMessage =
	| { type: 'progress'; phase: string; fraction: number }
	| { type: 'done'; summary: StoredSummary }
	| { type: 'failed'; error: string };

export function storedSummary(summary: RunSummary): StoredSummary {
	return { ...summary, result: { ...summary.result, meetings: summary.result.meetings.length } };
}

/** Called inside the worker thread with the parent's port and input. */
export async function main(port: MessagePort, input: WorkerInput): Promise<void> {
	// On Linux a nice value belongs to a thread: pid 0 lowers this worker (and the LP thread it
	// starts) only, so on a busy machine the web server's thread gets the CPU first.
	try {
		setPriority(0, 10);
	} catch {
		// Not permitted or not supported here: the run goes on at normal priority.
	}
	const own = input.databasePath ? createDb(input.databasePath) : null;
	const db: Db = own ?? getDb();
	let lastSent = 0;
	try {
		const summary = await runScheduling(db, {
			mode: input.mode,
			timeBudgetMs: input.timeBudgetMs,
			onProgress: (p) => {
				// At most a few messages a second: the parent stores the latest.
				const now = Date.now();
				if (now - lastSent < 200 && p.fraction < 1) return;
				lastSent = now;
				port.postMessage({ type: 'progress', phase: p.phase, fraction: p.fraction });
			},
			// In the batch's own transaction: the parent need not take the write lock meanwhile.
			onBatch: async (trx, fraction) => {
				if (input.jobId === undefined) return;
				await trx
					.updateTable('schedule_job')
					.set({ phase: 'write', fraction, heartbeat_at: Math.floor(Date.now() / 1000) })
					.where('id', '=', input.jobId)
					.execute();
			}
		});
		port.postMessage({ type: 'done', summary: storedSummary(summary) } satisfies WorkerMessage);
	} catch (err) {
		port.postMessage({
			type: 'failed',
			error: err instanceof Error ? err.message : String(err)
		} satisfies WorkerMessage);
	} finally {
		await db.destroy().catch(() => undefined);
	}
}
