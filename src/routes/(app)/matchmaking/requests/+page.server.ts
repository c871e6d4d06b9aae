import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { failFrom, idFrom, requiredId, textField } from '$lib/server/matchmaking/http';
import { listRequests } from '$lib/server/matchmaking/inbox';
import {
	acceptRequest,
	bookAcceptedRequest,
	cancelRequest,
	declineRequest,
	reopenRequest
} from '$lib/server/matchmaking/requests';
import { requestWindowOpen } from '$lib/server/matchmaking/rules';
import { knownBanner } from '$lib/domain/banners';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

const DONE = ['accepted', 'declined', 'cancelled', 'booked', 'reopened'] as const;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const done = event.url.searchParams.get('done');
	return {
		requests: await listRequests(db, user.id),
		done: knownBanner(done, DONE),
		windowOpen: await requestWindowOpen(db)
	};
};

/** Every action names its request by id; the services check that it is the user's own. */
async function act(
	event: Parameters<Actions[string]>[0],
	run: (userId: number, requestId: number, form: FormData) => Promise<unknown>,
	done: (typeof DONE)[number]
) {
	const user = requireUser(event);
	const form = await event.request.formData();
	const raw = form.get('requestId');
	const requestId = idFrom(raw);
	try {
		await run(user.id, requiredId(form, 'requestId'), form);
	} catch (err) {
		return failFrom(err, event.locals.locale, { requestId: requestId ?? String(raw ?? '') });
	}
	redirect(303, localized(`/matchmaking/requests?done=${done}`));
}

/** An optional slot id: absent is none, anything else must be a valid id. */
function optionalSlot(form: FormData): number | undefined {
	return form.get('slotId') === null ? undefined : requiredId(form, 'slotId');
}

export const actions: Actions = {
	accept: (event) =>
		act(
			event,
			(userId, id, form) => acceptRequest(getDb(), userId, id, optionalSlot(form)),
			'accepted'
		),
	decline: (event) =>
		act(
			event,
			(userId, id, form) =>
				declineRequest(getDb(), userId, id, textField(form, 'reason', 'reason-not-text')),
			'declined'
		),
	reopen: (event) => act(event, (userId, id) => reopenRequest(getDb(), userId, id), 'reopened'),
	cancel: (event) => act(event, (userId, id) => cancelRequest(getDb(), userId, id), 'cancelled'),
	book: (event) =>
		act(
			event,
			(userId, id, form) => bookAcceptedRequest(getDb(), userId, id, requiredId(form, 'slotId')),
			'booked'
		)
};
