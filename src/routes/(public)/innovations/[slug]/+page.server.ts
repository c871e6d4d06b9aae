import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getInnovationPage } from '$lib/server/catalogue/innovations';
import { messagesFor } from '$lib/i18n';
import { isBookmarked } from '$lib/server/catalogue/bookmarks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const page = await getInnovationPage(getDb(), params.slug, locals.user);
	if (!page) error(404, messagesFor(locals.locale).common.errors.notFoundTitle);
	const bookmarked = locals.user
		? await isBookmarked(getDb(), locals.user.id, 'innovation', page.innovation.id)
		: false;
	return { page, bookmarked };
};
