import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { bookmarkTargetsOf } from '$lib/server/catalogue/bookmarks';
import { messagesFor } from '$lib/i18n';
import { parseSearchParams, searchCatalogue } from '$lib/server/search';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const params = new URLSearchParams(url.searchParams);
	// The page shows the visitor's language; a `locale` in a shared link does not override it.
	params.delete('locale');
	const parsed = parseSearchParams(params, locals.locale);
	if (!parsed.ok) error(400, messagesFor(locals.locale).search.invalid[parsed.field]);
	const result = await searchCatalogue(parsed.query);
	const bookmarks = await bookmarkTargetsOf(getDb(), locals.user?.id ?? null, result.hits);
	return { query: parsed.query, result, bookmarks, signedIn: locals.user !== null };
};
