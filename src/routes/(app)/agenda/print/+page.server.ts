import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { findSettings } from '$lib/server/db/queries/settings';
import { listAgenda } from '$lib/server/matchmaking/meetings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const [meetings, settings] = await Promise.all([listAgenda(db, user.id), findSettings(db)]);
	return {
		name: user.name,
		meetings,
		event: {
			name: settings['event.name'] ?? 'EXTEMIN',
			venue: settings['event.venue'] ?? '',
			city: settings['event.city'] ?? ''
		}
	};
};
