/**
 * One organiser scheduling job at a time, run in this process; the admin page polls its
 * status. A second start while one runs is refused rather than queued.
 */
import type { Db } from '../db/client';
import { logger } from '../log';
import { runScheduling, type RunSummary } from './scheduling';

export interface ScheduleJob {
	id: number;
	state: 'running' | 'done' | 'failed';
	phase: string;
	fraction: number;
	startedAt: number;
	summary: RunSummary | null;
	error: string | null;
}

let current: ScheduleJob | null = null;
let nextId = 1;

export function currentJob(): ScheduleJob | null {
	return current;
}

export function startScheduleJob(db: Db, timeBudgetMs: number): ScheduleJob | null {
	if (current?.state === 'running') return null;
	const job: ScheduleJob = {
		id: nextId++,
		state: 'running',
		phase: 'start',
		fraction: 0,
		startedAt: Date.now(),
		summary: null,
		error: null
	};
	current = job;
	runScheduling(db, {
		mode: 'run',
		timeBudgetMs,
		onProgress: (p) => {
			job.phase = p.phase;
			job.fraction = p.fraction;
		}
	})
		.then((summary) => {
			job.summary = summary;
			job.state = 'done';
			job.fraction = 1;
		})
		.catch((err: unknown) => {
			logger.error({ err }, 'schedule job failed');
			job.state = 'failed';
			job.error = err instanceof Error ? err.message : String(err);
		});
	return job;
}
