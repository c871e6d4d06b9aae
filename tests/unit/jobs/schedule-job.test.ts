/**
 * Scheduling runs as jobs (issue 13): the worker thread starts from the TypeScript source
 * under vitest (and from the emitted chunk in build/), a second start is refused while a run
 * holds the event's claim (also from a second connection, i.e. another process), a run whose
 * owner died is expired, and a cancel stops the worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDb, type Db } from '../../../src/lib/server/db/client';
import { sendRequest } from '../../../src/lib/server/matchmaking/requests';
import {
	cancelScheduleJob,
	currentJob,
	STALE_SECONDS,
	startScheduleJob
} from '../../../src/lib/server/matchmaking/schedule-jobs';
import { addEvent, addUser, freshDb } from '../matchmaking/fixtures';

let dir: string;
let path: string;
let db: Db;
beforeEach(async () => {
	dir = mkdtempSync(join(tmpdir(), 'extemin-schedule-job-'));
	path = join(dir, 'x.db');
	db = await freshDb(path);
	await addEvent(db, 6, 3);
	for (let i = 0; i < 12; i++) {
		const id = await sendRequest(db, await addUser(db), await addUser(db), '');
		await db
			.updateTable('meeting_request')
			.set({ status: 'accepted' })
			.where('id', '=', id)
			.execute();
	}
	process.env.DATABASE_PATH = path;
});
afterEach(async () => {
	delete process.env.DATABASE_PATH;
	await db.destroy();
	rmSync(dir, { recursive: true, force: true });
});

it('runs in a worker thread, refuses a second run meanwhile, and writes the meetings', async () => {
	const phases: string[] = [];
	const started = await startScheduleJob(db, {
		timeBudgetMs: 1_000,
		databasePath: path,
		onProgress: (phase) => phases.push(phase)
	});
	expect(started?.job.state).toBe('running');
	const other = createDb(path);
	try {
		expect(await startScheduleJob(other, { timeBudgetMs: 1_000, databasePath: path })).toBeNull();
		expect((await currentJob(other))?.state).toBe('running');
	} finally {
		await other.destroy();
	}
	const done = await started!.done;
	expect(done.state).toBe('done');
	expect(done.summary?.written).toBe(12);
	expect(phases).toContain('write');
	const meetings = await db.selectFrom('meeting').select('id').execute();
	expect(meetings).toHaveLength(12);
	const claims = await db.selectFrom('schedule_job').select('active').execute();
	expect(claims.every((c) => c.active === null)).toBe(true);
}, 30_000);

it('expires a run whose owner stopped beating, and cancels a running one', async () => {
	await db
		.insertInto('schedule_job')
		.values({
			active: 1,
			state: 'running',
			budget_ms: 1000,
			owner: 'dead',
			heartbeat_at: Math.floor(Date.now() / 1000) - STALE_SECONDS - 5
		})
		.execute();
	const started = await startScheduleJob(db, { timeBudgetMs: 20_000, databasePath: path });
	expect(started).not.toBeNull();
	const dead = await db
		.selectFrom('schedule_job')
		.select(['state'])
		.where('owner', '=', 'dead')
		.executeTakeFirstOrThrow();
	expect(dead.state).toBe('failed');
	expect(await cancelScheduleJob(db)).toBe(true);
	const t0 = Date.now();
	const ended = await started!.done;
	// Cancelled within about a heartbeat, well before the 20 s budget.
	expect(Date.now() - t0).toBeLessThan(5_000);
	expect(['cancelled', 'done']).toContain(ended.state);
	expect(await cancelScheduleJob(db)).toBe(false);
}, 30_000);
