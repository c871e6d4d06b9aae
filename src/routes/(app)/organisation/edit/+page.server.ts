import { fail, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { parseList } from '$lib/domain/text';
import { getDb } from '$lib/server/db';
import { requireConfirmedEmail, requireOrganisationOwner } from '$lib/server/auth/guards';
import { parseProfile } from '$lib/server/organisations/fields';
import { knownSectorKeys } from '$lib/server/organisations/context';
import {
	getOwnOrganisation,
	setOrganisationLogo,
	updateProfile
} from '$lib/server/organisations/profile';
import { processLogo, removeLogo, storeLogo, uploadUrl } from '$lib/server/organisations/logo';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async (event) => {
	const owner = requireOrganisationOwner(event);
	const own = await getOwnOrganisation(getDb(), owner.organisationId);
	if (!own) redirect(303, localized('/organisation'));
	const o = own.organisation;
	// A change waiting for review is what the owner last saved: the form shows it.
	const r = own.revision;
	return {
		logo: r ? r.logo : o.logo,
		underReview: r !== null,
		profile: {
			name: r ? r.name : o.name,
			kind: o.kind,
			country: o.country,
			city: o.city ?? '',
			website: (r ? r.website : o.website) ?? '',
			description_es: o.description_es,
			description_en: o.description_en,
			tags: parseList(o.tags).join(', '),
			sectors: own.sectors
		}
	};
};

export const actions: Actions = {
	save: async (event) => {
		// The organisation is the caller's own, from the session; ids in the form are ignored.
		const owner = requireOrganisationOwner(event);
		requireConfirmedEmail(event);
		const db = getDb();
		const t = messagesFor(event.locals.locale);
		const form = await event.request.formData();
		const { values, errors, input } = parseProfile(form, await knownSectorKeys(db), t);
		if (Object.keys(errors).length) return fail(400, { values, errors });
		await updateProfile(db, owner.organisationId, input, owner.id);
		redirect(303, localized('/organisation?notice=saved'));
	},
	logo: async (event) => {
		const owner = requireOrganisationOwner(event);
		requireConfirmedEmail(event);
		const t = messagesFor(event.locals.locale).organisation.validation;
		const form = await event.request.formData().catch(() => null);
		const file = form?.get('logo');
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { logoErrors: { logo: t.logoRequired } });
		}
		const result = await processLogo(new Uint8Array(await file.arrayBuffer()));
		if (!result.ok) {
			const message = {
				required: t.logoRequired,
				tooBig: t.logoTooBig,
				type: t.logoType,
				pixels: t.logoPixels,
				unreadable: t.logoUnreadable
			}[result.problem];
			return fail(result.problem === 'tooBig' ? 413 : 400, { logoErrors: { logo: message } });
		}
		const name = await storeLogo(result.webp);
		// For an approved organisation the new logo waits for review; the public one stays.
		const unused = await setOrganisationLogo(
			getDb(),
			owner.organisationId,
			uploadUrl(name),
			owner.id
		);
		await removeLogo(unused);
		redirect(303, localized('/organisation?notice=saved'));
	}
};
