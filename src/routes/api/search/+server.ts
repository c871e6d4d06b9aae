import { json } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { parseSearchParams, searchCatalogue } from '$lib/server/search';
import type { RequestHandler } from './$types';

/** GET /api/search: the search contract of docs/contracts.md. Public, read-only. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const parsed = parseSearchParams(url.searchParams, locals.locale);
	if (!parsed.ok) {
		// `error` stays the machine-readable English of the contract; `message` is for people.
		const message = messagesFor(locals.locale).search.invalid[parsed.field];
		return json({ error: parsed.error, field: parsed.field, message }, { status: 400 });
	}
	const result = await searchCatalogue(parsed.query);
	return json(result, { headers: { 'cache-control': 'no-store' } });
};
