import { requireOrganiser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listDays } from '$lib/server/programme/days';
import { personSheets } from '$lib/server/programme/sheets';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireOrganiser(event);
	const db = getDb();
	const days = await listDays(db);
	const dayId = Number(event.url.searchParams.get('day')) || null;
	const userId = Number(event.url.searchParams.get('user')) || null;
	const day = days.find((d) => d.id === dayId) ?? null;
	return { days, day, userId, sheets: await personSheets(db, day?.id ?? null, userId) };
};
