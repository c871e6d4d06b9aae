import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { bookableSlots, toOptions } from '$lib/server/matchmaking/booking';
import { hasCalendarToken, rotateCalendarToken } from '$lib/server/matchmaking/calendar';
import { failFrom, idFrom } from '$lib/server/matchmaking/http';
import { cancelMeeting, listAgenda, rescheduleMeeting } from '$lib/server/matchmaking/meetings';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const meetings = await listAgenda(db, user.id);
	// Where each meeting could move: the next free slots for the same pair.
	const moves = await Promise.all(
		meetings.map(async (m) => toOptions(await bookableSlots(db, user.id, m.partner.userId), 5))
	);
	return {
		meetings: meetings.map((m, i) => ({ ...m, moves: moves[i] })),
		hasFeed: await hasCalendarToken(db, user.id)
	};
};

export const actions: Actions = {
	cancel: async (event) => {
		const user = requireUser(event);
		const meetingId = idFrom((await event.request.formData()).get('meetingId')) ?? 0;
		try {
			await cancelMeeting(getDb(), user.id, meetingId);
		} catch (err) {
			return failFrom(err, event.locals.locale, { meetingId });
		}
		redirect(303, localized('/agenda'));
	},
	move: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const meetingId = idFrom(form.get('meetingId')) ?? 0;
		try {
			await rescheduleMeeting(getDb(), user.id, meetingId, idFrom(form.get('slotId')) ?? 0);
		} catch (err) {
			return failFrom(err, event.locals.locale, { meetingId });
		}
		redirect(303, localized('/agenda'));
	},
	// The secret is shown once in the answer (no redirect): only its hash is kept.
	feed: async (event) => {
		const user = requireUser(event);
		const token = await rotateCalendarToken(getDb(), user.id);
		return { feedUrl: `${event.url.origin}/agenda/ical/${token}` };
	}
};
