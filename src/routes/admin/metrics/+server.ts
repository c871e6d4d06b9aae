import { json } from '@sveltejs/kit';
import { requireOrganiser } from '$lib/server/auth/guards';
import { eventLoopDelay, resetEventLoopDelay } from '$lib/server/metrics';
import type { RequestHandler } from './$types';

const noStore = { 'cache-control': 'no-store' };

/** GET: this process's event-loop delay since the window started; organisers only. */
export const GET: RequestHandler = async (event) => {
	requireOrganiser(event);
	return json({ eventLoopDelay: eventLoopDelay(), pid: process.pid }, { headers: noStore });
};

/** POST: starts a new measurement window (load tests reset before a run). */
export const POST: RequestHandler = async (event) => {
	requireOrganiser(event);
	resetEventLoopDelay();
	return json({ eventLoopDelay: eventLoopDelay() }, { headers: noStore });
};
