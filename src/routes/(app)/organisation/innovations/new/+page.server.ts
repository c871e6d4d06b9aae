import { fail, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireConfirmedEmail, requireOrganisationOwner } from '$lib/server/auth/guards';
import { knownSectorKeys } from '$lib/server/organisations/context';
import { createInnovation, parseInnovation } from '$lib/server/organisations/innovations';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async (event) => {
	requireOrganisationOwner(event);
	return {};
};

export const actions: Actions = {
	create: async (event) => {
		const owner = requireOrganisationOwner(event);
		requireConfirmedEmail(event);
		const db = getDb();
		const form = await event.request.formData();
		const t = messagesFor(event.locals.locale);
		const { input, errors, values } = parseInnovation(form, await knownSectorKeys(db), t);
		if (Object.keys(errors).length) return fail(400, { values, errors });
		await createInnovation(db, owner.organisationId, input);
		redirect(303, localized('/organisation?notice=saved'));
	}
};
