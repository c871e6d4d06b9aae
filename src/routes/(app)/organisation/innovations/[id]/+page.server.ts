import { error, fail, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { parseList } from '$lib/domain/text';
import { getDb } from '$lib/server/db';
import { requireConfirmedEmail, requireOrganisationOwner } from '$lib/server/auth/guards';
import { knownSectorKeys } from '$lib/server/organisations/context';
import {
	deleteInnovation,
	findOwnInnovation,
	parseInnovation,
	updateInnovation
} from '$lib/server/organisations/innovations';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

// Another organisation's innovation id answers 404, exactly like an id that does not exist.
export const load: PageServerLoad = async (event) => {
	const owner = requireOrganisationOwner(event);
	const innovation = await findOwnInnovation(
		getDb(),
		owner.organisationId,
		Number(event.params.id)
	);
	if (!innovation) error(404, messagesFor(event.locals.locale).common.errors.notFoundTitle);
	return { innovation: { ...innovation, tags: parseList(innovation.tags).join(', ') } };
};

export const actions: Actions = {
	save: async (event) => {
		const owner = requireOrganisationOwner(event);
		requireConfirmedEmail(event);
		const db = getDb();
		const t = messagesFor(event.locals.locale);
		const form = await event.request.formData();
		const { input, errors, values } = parseInnovation(form, await knownSectorKeys(db), t);
		if (Object.keys(errors).length) return fail(400, { values, errors });
		const ok = await updateInnovation(db, owner.organisationId, Number(event.params.id), input);
		if (!ok) error(404, t.common.errors.notFoundTitle);
		redirect(303, localized('/organisation?notice=saved'));
	},
	delete: async (event) => {
		const owner = requireOrganisationOwner(event);
		const ok = await deleteInnovation(getDb(), owner.organisationId, Number(event.params.id));
		if (!ok) error(404, messagesFor(event.locals.locale).common.errors.notFoundTitle);
		redirect(303, localized('/organisation?notice=deleted'));
	}
};
