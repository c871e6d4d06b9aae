import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { failFrom, idFrom } from '$lib/server/matchmaking/http';
import { listRequests } from '$lib/server/matchmaking/inbox';
import {
	acceptRequest,
	bookAcceptedRequest,
	cancelRequest,
	declineRequest
} from '$lib/server/matchmaking/requests';
import { knownBanner } from '$lib/domain/banners';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['accepted', 'declined', 'cancelled', 'booked'] as const;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return {
		requests: await listRequests(getDb(), user.id),
		done: knownBanner(event.url.searchParams.get('done'), DONE)
	};
};

/** Every action names its request by id; the services check that it is the user's own. */
async function act(
	event: Parameters<Actions[string]>[0],
	run: (userId: number, requestId: number, form: FormData) => Promise<unknown>,
	done: string
) {
	const user = requireUser(event);
	const form = await event.request.formData();
	const requestId = idFrom(form.get('requestId')) ?? 0;
	try {
		await run(user.id, requestId, form);
	} catch (err) {
		return failFrom(err, event.locals.locale, { requestId });
	}
	redirect(303, `/matchmaking/requests?done=${done}`);
}

export const actions: Actions = {
	accept: (event) =>
		act(
			event,
			(userId, id, form) =>
				acceptRequest(getDb(), userId, id, idFrom(form.get('slotId')) ?? undefined),
			'accepted'
		),
	decline: (event) =>
		act(
			event,
			(userId, id, form) => declineRequest(getDb(), userId, id, String(form.get('reason') ?? '')),
			'declined'
		),
	cancel: (event) => act(event, (userId, id) => cancelRequest(getDb(), userId, id), 'cancelled'),
	book: (event) =>
		act(
			event,
			(userId, id, form) =>
				bookAcceptedRequest(getDb(), userId, id, idFrom(form.get('slotId')) ?? 0),
			'booked'
		)
};
