import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listAgenda } from '$lib/server/matchmaking/meetings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { name: user.name, meetings: await listAgenda(getDb(), user.id) };
};
