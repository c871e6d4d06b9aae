import { getDb } from '$lib/server/db';
import { getEventOverview } from '$lib/server/catalogue/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	return { overview: await getEventOverview(getDb()) };
};
