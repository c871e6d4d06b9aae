import { getDb } from '$lib/server/db';
import { loadFloorPlan } from '$lib/server/floor/plan';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const boothCode = url.searchParams.get('booth')?.trim().toUpperCase().slice(0, 20) || null;
	const hallCode = url.searchParams.get('hall')?.trim().toUpperCase().slice(0, 10) || null;
	const query = url.searchParams.get('q')?.trim().slice(0, 100) || null;
	return loadFloorPlan(getDb(), { hallCode, boothCode, query });
};
