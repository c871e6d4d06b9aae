import { requireOrganiser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { loadDashboard } from '$lib/server/reports';
import { failedOutboxRows } from '$lib/server/search';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireOrganiser(event);
	const db = getDb();
	const [dashboard, searchAside] = await Promise.all([loadDashboard(db), failedOutboxRows(db, 20)]);
	return { dashboard, searchAside };
};
