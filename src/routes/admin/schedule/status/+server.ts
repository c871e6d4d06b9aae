import { json } from '@sveltejs/kit';
import { requireOrganiser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { currentJob } from '$lib/server/matchmaking/schedule-jobs';
import type { RequestHandler } from './$types';

/** Polled by the schedule page while a run is in progress (from any app process). */
export const GET: RequestHandler = async (event) => {
	requireOrganiser(event);
	return json({ job: await currentJob(getDb()) }, { headers: { 'cache-control': 'no-store' } });
};
