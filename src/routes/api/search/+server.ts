import { json } from '@sveltejs/kit';
import { parseSearchParams, searchCatalogue } from '$lib/server/search';
import type { RequestHandler } from './$types';

/** GET /api/search: the search contract of ARCHITECTURE.md. Public, read-only. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const parsed = parseSearchParams(url.searchParams, locals.locale);
	if (!parsed.ok) return json({ error: parsed.error }, { status: 400 });
	const result = await searchCatalogue(parsed.query);
	return json(result, { headers: { 'cache-control': 'no-store' } });
};
