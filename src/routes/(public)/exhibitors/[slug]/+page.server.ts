import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getExhibitorProfile } from '$lib/server/catalogue/exhibitors';
import { messagesFor } from '$lib/i18n';
import { isBookmarked } from '$lib/server/catalogue/bookmarks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const profile = await getExhibitorProfile(getDb(), params.slug, locals.user);
	if (!profile) error(404, messagesFor(locals.locale).common.errors.notFoundTitle);
	const bookmarked = locals.user
		? await isBookmarked(getDb(), locals.user.id, 'organisation', profile.organisation.id)
		: false;
	return { profile, bookmarked };
};
