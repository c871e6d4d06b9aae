import { getDb } from '$lib/server/db';
import { listSectors } from '$lib/server/db/queries/sectors';
import { unreadCount } from '$lib/server/matchmaking/notifications';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const user = locals.user;
	const sectors = await listSectors(getDb());
	const unread = user ? await unreadCount(getDb(), user.id) : 0;
	return {
		locale: locals.locale,
		sectors: sectors.map((s) => ({
			key: s.key,
			name_es: s.name_es,
			name_en: s.name_en,
			color: s.color
		})),
		user: user && {
			name: user.name,
			role: user.role,
			organisationId: user.organisationId,
			unread,
			emailVerified: user.emailVerified
		}
	};
};
