import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { bookableSlots, toOptions } from '$lib/server/matchmaking/booking';
import { hasCalendarToken, rotateCalendarToken } from '$lib/server/matchmaking/calendar';
import { failFrom, requiredId, textField } from '$lib/server/matchmaking/http';
import {
	cancelMeeting,
	listAgenda,
	requestMeetingChange,
	rescheduleMeeting
} from '$lib/server/matchmaking/meetings';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

const DONE = ['cancelled', 'moved', 'change'] as const;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const meetings = await listAgenda(db, user.id);
	// Where each meeting could move: the next free slots for the same pair (none when locked).
	const moves = await Promise.all(
		meetings.map(async (m) =>
			m.locked ? [] : toOptions(await bookableSlots(db, user.id, m.partner.userId), 5)
		)
	);
	const done = event.url.searchParams.get('done');
	return {
		meetings: meetings.map((m, i) => ({ ...m, moves: moves[i] })),
		hasFeed: await hasCalendarToken(db, user.id),
		done: DONE.find((d) => d === done) ?? null
	};
};

/** Runs one meeting action; a refusal comes back with the meeting's id so the card shows it. */
async function act(
	event: Parameters<Actions[string]>[0],
	run: (userId: number, meetingId: number, form: FormData) => Promise<unknown>,
	done: (typeof DONE)[number]
) {
	const user = requireUser(event);
	const form = await event.request.formData();
	try {
		await run(user.id, requiredId(form, 'meetingId'), form);
	} catch (err) {
		return failFrom(err, event.locals.locale, { meetingId: String(form.get('meetingId') ?? '') });
	}
	redirect(303, localized(`/agenda?done=${done}`));
}

export const actions: Actions = {
	cancel: (event) =>
		act(
			event,
			(userId, id, form) =>
				cancelMeeting(getDb(), userId, id, textField(form, 'reason', 'reason-not-text')),
			'cancelled'
		),
	move: (event) =>
		act(
			event,
			(userId, id, form) => rescheduleMeeting(getDb(), userId, id, requiredId(form, 'slotId')),
			'moved'
		),
	change: (event) =>
		act(
			event,
			(userId, id, form) =>
				requestMeetingChange(getDb(), userId, id, textField(form, 'reason', 'reason-not-text')),
			'change'
		),
	// The secret is shown once in the answer (no redirect): only its hash is kept.
	feed: async (event) => {
		const user = requireUser(event);
		const token = await rotateCalendarToken(getDb(), user.id);
		return { feedUrl: `${event.url.origin}/agenda/ical/${token}` };
	}
};
