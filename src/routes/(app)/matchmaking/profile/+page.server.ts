import { fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listSectors } from '$lib/server/db/queries/sectors';
import { parseProfileForm } from '$lib/server/matchmaking/profile-form';
import { findProfile, listSlots, optOut, saveProfile } from '$lib/server/matchmaking/profiles';
import { messagesFor } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const [profile, slots] = await Promise.all([findProfile(db, user.id), listSlots(db)]);
	return { profile: profile ?? null, slots };
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const sectors = (await listSectors(db)).map((s) => s.key);
		const { values, errors } = parseProfileForm(await event.request.formData(), sectors);
		if (Object.keys(errors).length) {
			const t = messagesFor(event.locals.locale).matchmaking.profile.errors;
			const messages = Object.fromEntries(Object.entries(errors).map(([k, code]) => [k, t[code!]]));
			return fail(400, { values, errors: messages });
		}
		await saveProfile(db, user.id, values);
		redirect(303, localized('/matchmaking'));
	},
	optOut: async (event) => {
		const user = requireUser(event);
		await optOut(getDb(), user.id);
		redirect(303, localized('/matchmaking'));
	}
};
