import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { calendarFor, userForCalendarToken } from '$lib/server/matchmaking/calendar';
import type { RequestHandler } from './$types';

/** The subscribable feed: calendar apps send no cookies, so the secret in the URL is the key. */
export const GET: RequestHandler = async ({ params, url }) => {
	const db = getDb();
	const userId = await userForCalendarToken(db, params.token);
	if (userId === null) error(404, 'Not found');
	const user = await db
		.selectFrom('user')
		.select('locale')
		.where('id', '=', userId)
		.executeTakeFirst();
	const body = await calendarFor(db, userId, user?.locale ?? 'es', url.origin);
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'cache-control': 'private, max-age=300',
			'referrer-policy': 'no-referrer'
		}
	});
};
