import { error, redirect } from '@sveltejs/kit';
import { requireConfirmedEmail, requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { blockPerson, hasBlocked, unblockPerson } from '$lib/server/matchmaking/blocks';
import { MatchmakingError } from '$lib/server/matchmaking/errors';
import { failFrom, idFrom, textField } from '$lib/server/matchmaking/http';
import { findParticipant } from '$lib/server/matchmaking/participants';
import { recommendationsFor } from '$lib/server/matchmaking/recommendations';
import { sendRequest } from '$lib/server/matchmaking/requests';
import { requestWindowOpen } from '$lib/server/matchmaking/rules';
import { messagesFor } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const id = idFrom(event.params.id);
	const db = getDb();
	const partner = id ? await findParticipant(db, id) : undefined;
	if (!partner) error(404, messagesFor(event.locals.locale).matchmaking.person.notOptedIn);
	// The reasons shown are the same the recommendation list gives, when the pair is in it.
	const recs = await recommendationsFor(db, user.id, { kind: [], sector: [], country: [] }, 200);
	const match = recs.find((r) => r.partner.userId === partner.userId) ?? null;
	const declined = await db
		.selectFrom('meeting_request')
		.select('id')
		.where('from_user_id', '=', user.id)
		.where('to_user_id', '=', partner.userId)
		.where('status', '=', 'declined')
		.executeTakeFirst();
	return {
		partner,
		match,
		isSelf: partner.userId === user.id,
		windowOpen: await requestWindowOpen(db),
		declined: declined !== undefined,
		blocked: await hasBlocked(db, user.id, partner.userId),
		done: event.url.searchParams.get('done') === 'blocked' ? 'blocked' : null
	};
};

/** The id in the route, or a 404 (a path is not a form field a person can fix). */
function partnerId(params: { id: string }): number {
	const id = idFrom(params.id);
	if (id === null) throw new MatchmakingError(404, 'not-found');
	return id;
}

export const actions: Actions = {
	request: async (event) => {
		const user = requireConfirmedEmail(event);
		const form = await event.request.formData();
		const raw = form.get('message');
		try {
			const message = textField(form, 'message', 'message-not-text');
			await sendRequest(getDb(), user.id, partnerId(event.params), message);
		} catch (err) {
			return failFrom(err, event.locals.locale, {
				message: typeof raw === 'string' ? raw.slice(0, 1000) : ''
			});
		}
		redirect(303, localized('/matchmaking/requests?sent=1'));
	},
	block: async (event) => {
		const user = requireUser(event);
		try {
			await blockPerson(getDb(), user.id, partnerId(event.params));
		} catch (err) {
			return failFrom(err, event.locals.locale);
		}
		redirect(303, localized(`/matchmaking/people/${event.params.id}?done=blocked`));
	},
	unblock: async (event) => {
		const user = requireUser(event);
		try {
			await unblockPerson(getDb(), user.id, partnerId(event.params));
		} catch (err) {
			return failFrom(err, event.locals.locale);
		}
		redirect(303, localized(`/matchmaking/people/${event.params.id}`));
	}
};
