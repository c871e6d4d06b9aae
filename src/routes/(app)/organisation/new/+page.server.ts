import { error, fail, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireConfirmedEmail, requireUser } from '$lib/server/auth/guards';
import { parseProfile } from '$lib/server/organisations/fields';
import { knownSectorKeys } from '$lib/server/organisations/context';
import { createOrganisation } from '$lib/server/organisations/profile';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	if (user.organisationId !== null) redirect(303, localized('/organisation'));
	return {};
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireUser(event);
		const t = messagesFor(event.locals.locale);
		if (user.role === 'organiser') error(403, t.auth.errors.forbidden);
		if (user.organisationId !== null) redirect(303, localized('/organisation'));
		requireConfirmedEmail(event);
		const db = getDb();
		const form = await event.request.formData();
		const { values, errors, input } = parseProfile(form, await knownSectorKeys(db), t);
		if (Object.keys(errors).length) return fail(400, { values, errors });
		const created = await createOrganisation(db, user.id, input);
		if (!created) redirect(303, localized('/organisation'));
		redirect(303, localized('/organisation?notice=created'));
	}
};
