import { json } from '@sveltejs/kit';
import { healthReport } from '$lib/server/health';
import type { RequestHandler } from './$types';

/** GET /healthz: for load balancers and monitoring. 503 when the database does not answer. */
export const GET: RequestHandler = async () => {
	const report = await healthReport();
	return json(report, {
		status: report.status === 'ok' ? 200 : 503,
		headers: { 'cache-control': 'no-store' }
	});
};
