import { getDb } from '$lib/server/db';
import { findProfile } from '$lib/server/matchmaking/profiles';
import { recommendationFacets, recommendationsFor } from '$lib/server/matchmaking/recommendations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = locals.user;
	if (!user) return { state: 'anonymous' as const };
	const db = getDb();
	if (!(await findProfile(db, user.id))) return { state: 'not-opted-in' as const };

	const filters = {
		kind: url.searchParams.getAll('kind').slice(0, 10),
		sector: url.searchParams.getAll('sector').slice(0, 10),
		country: url.searchParams.getAll('country').slice(0, 10)
	};
	const [recommendations, facets, pending] = await Promise.all([
		recommendationsFor(db, user.id, filters),
		recommendationFacets(db),
		db
			.selectFrom('meeting_request')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('to_user_id', '=', user.id)
			.where('status', '=', 'pending')
			.executeTakeFirstOrThrow()
	]);
	return { state: 'member' as const, recommendations, facets, filters, pending: Number(pending.n) };
};
