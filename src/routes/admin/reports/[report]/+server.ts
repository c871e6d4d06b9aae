import { error } from '@sveltejs/kit';
import { requireOrganiser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { buildReportCsv, isReportName } from '$lib/server/reports';
import type { RequestHandler } from './$types';

/** `/admin/reports/<name>.csv` (the `.csv` is optional): one dashboard figure as CSV. */
export const GET: RequestHandler = async (event) => {
	requireOrganiser(event);
	const name = event.params.report.replace(/\.csv$/, '');
	if (!isReportName(name)) error(404, 'Unknown report');
	const csv = await buildReportCsv(getDb(), name, event.locals.locale);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="extemin-${name}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
