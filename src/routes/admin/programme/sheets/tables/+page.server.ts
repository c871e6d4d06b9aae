import { requireOrganiser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listDays } from '$lib/server/programme/days';
import { tableSheets } from '$lib/server/programme/sheets';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireOrganiser(event);
	const db = getDb();
	const days = await listDays(db);
	const dayId = Number(event.url.searchParams.get('day')) || null;
	const day = days.find((d) => d.id === dayId) ?? null;
	return { days, day, sheets: await tableSheets(db, day?.id ?? null) };
};
