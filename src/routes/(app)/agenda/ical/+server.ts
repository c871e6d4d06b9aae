import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { calendarFor } from '$lib/server/matchmaking/calendar';
import type { RequestHandler } from './$types';

/** The signed-in person's agenda as an .ics file to download. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const body = await calendarFor(getDb(), user.id, event.locals.locale, event.url.origin);
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'attachment; filename="extemin-agenda.ics"',
			'cache-control': 'private, no-store'
		}
	});
};
