import { error, redirect } from '@sveltejs/kit';
import { requireConfirmedEmail, requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { failFrom, idFrom } from '$lib/server/matchmaking/http';
import { findParticipant } from '$lib/server/matchmaking/participants';
import { recommendationsFor } from '$lib/server/matchmaking/recommendations';
import { sendRequest } from '$lib/server/matchmaking/requests';
import { messagesFor } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const id = idFrom(event.params.id);
	const db = getDb();
	const partner = id ? await findParticipant(db, id) : undefined;
	if (!partner) error(404, messagesFor(event.locals.locale).matchmaking.person.notOptedIn);
	// The reasons shown are the same the recommendation list gives, when the pair is in it.
	const recs = await recommendationsFor(db, user.id, { kind: [], sector: [], country: [] }, 200);
	const match = recs.find((r) => r.partner.userId === partner.userId) ?? null;
	return { partner, match, isSelf: partner.userId === user.id };
};

export const actions: Actions = {
	request: async (event) => {
		const user = requireConfirmedEmail(event);
		const id = idFrom(event.params.id);
		const form = await event.request.formData();
		const message = String(form.get('message') ?? '').trim();
		try {
			await sendRequest(getDb(), user.id, id ?? 0, message);
		} catch (err) {
			return failFrom(err, event.locals.locale, { message });
		}
		redirect(303, '/matchmaking/requests?sent=1');
	}
};
