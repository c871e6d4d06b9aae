/**
 * Organiser scheduling runs are jobs (issue 13): the run answers at once, the search runs in
 * a worker thread, progress is visible from any process on the database, only one run at a
 * time per event also across two app processes, and the meetings are written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../support/server';
import { clientFor, probeHealth, query, waitFor, ORGANISER_EMAIL } from './support';

const dir = mkdtempSync(join(tmpdir(), 'extemin-schedule-'));
const servers: RunningServer[] = [];
afterAll(async () => {
	await Promise.all(servers.map((s) => s.stop()));
	rmSync(dir, { recursive: true, force: true });
});

type Job = { state: string; phase: string; fraction: number; summary: { written: number } | null };

it('runs in the background, one run per event across two processes, and writes its meetings', async () => {
	const databasePath = join(dir, 'extemin.db');
	const a = await startServer({ DATABASE_PATH: databasePath });
	servers.push(a);
	const b = await startServer({ DATABASE_PATH: databasePath });
	servers.push(b);
	const httpA = clientFor(a.baseUrl);
	const httpB = clientFor(b.baseUrl);
	const cookie = await httpA.signIn(ORGANISER_EMAIL);
	const meetingsBefore = query<{ n: number }>(
		databasePath,
		`select count(*) as n from meeting where status = 'active'`
	)[0].n;
	const status = async (http: typeof httpA) =>
		JSON.parse((await http.call('/admin/schedule/status', { cookie })).text).job as Job | null;
	for (let i = 0; i < 5; i++) await httpA.call('/healthz');

	// The preview runs in the worker too; it answers with its figures and writes nothing.
	const preview = await httpA.call('/admin/schedule?/preview', { cookie, form: {} });
	expect(preview.status).toBe(200);
	expect(
		query<{ n: number }>(
			databasePath,
			`select count(*) as n from meeting where status = 'active'`
		)[0].n
	).toBe(meetingsBefore);

	await httpA.call('/admin/metrics', { cookie, method: 'POST' });
	const health = probeHealth(a.baseUrl, 25);
	const run = await httpA.call('/admin/schedule?/run', { cookie, form: { budget: '4' } });
	expect(run.status).toBe(303);
	expect(run.ms).toBeLessThan(1_000);
	// The other process sees the run and refuses a second one.
	const second = await httpB.call('/admin/schedule?/run', { cookie, form: { budget: '4' } });
	expect(second.status).toBe(409);
	expect((await status(httpB))?.state).toBe('running');
	const done = await waitFor(
		'the run to finish',
		async () => {
			const job = await status(httpB);
			return job?.state !== 'running' && job;
		},
		30_000,
		250
	);
	const figures = await health.stop();
	const loop = JSON.parse((await httpA.call('/admin/metrics', { cookie })).text).eventLoopDelay;
	console.info(`small demo run: event-loop delay inside the server ${JSON.stringify(loop)}`);
	console.info(
		`small demo run: /healthz p50 ${figures.p50.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms, max ${figures.max.toFixed(1)} ms over ${figures.samples} probes`,
		figures.slowest
	);
	expect(done.state).toBe('done');
	expect(figures.failures).toEqual([]);
	// Latency is reported here; the bound is asserted on the large instance, where the run is
	// long enough for a p99 (tests/stress/scheduler.test.ts).
	const meetingsAfter = query<{ n: number }>(
		databasePath,
		`select count(*) as n from meeting where status = 'active'`
	)[0].n;
	expect(meetingsAfter - meetingsBefore).toBe(done.summary?.written);
	// The claim is released: a new run may start (in either process) and nothing is active.
	expect(
		query<{ n: number }>(databasePath, 'select count(*) as n from schedule_job where active = 1')[0]
			.n
	).toBe(0);
	const cancelNothing = await httpB.call('/admin/schedule?/cancel', { cookie, form: {} });
	expect(cancelNothing.status).toBe(409);
}, 90_000);
