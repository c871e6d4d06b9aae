import { requireOrganiser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { loadDashboard } from '$lib/server/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireOrganiser(event);
	return { dashboard: await loadDashboard(getDb()) };
};
