import { getDb } from '$lib/server/db';
import { listSectors } from '$lib/server/db/queries/sectors';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const user = locals.user;
	const sectors = await listSectors(getDb());
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
			emailVerified: user.emailVerified
		}
	};
};
