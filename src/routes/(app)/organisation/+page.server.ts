import { error, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { parseList } from '$lib/domain/text';
import { getDb } from '$lib/server/db';
import {
	requireConfirmedEmail,
	requireOrganisationOwner,
	requireUser
} from '$lib/server/auth/guards';
import { listInnovationsByOrganisation } from '$lib/server/db/queries/innovations';
import { getOwnOrganisation } from '$lib/server/organisations/profile';
import { applyToExhibit } from '$lib/server/organisations/applications';
import { knownBanner } from '$lib/domain/banners';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

const NOTICES = ['applied', 'saved', 'created', 'deleted', 'joined'] as const;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	if (user.organisationId === null) redirect(303, localized('/organisation/new'));
	const db = getDb();
	const own = await getOwnOrganisation(db, user.organisationId);
	if (!own) error(404, messagesFor(event.locals.locale).auth.errors.forbidden);
	const innovations = await listInnovationsByOrganisation(db, user.organisationId);
	return {
		isOwner: user.rights === 'owner',
		organisation: { ...own.organisation, tags: parseList(own.organisation.tags) },
		sectors: own.sectors,
		exhibitor: own.exhibitor,
		underReview: own.revision !== null,
		innovations: innovations.map((i) => ({
			id: i.id,
			slug: i.slug,
			title_es: i.title_es,
			title_en: i.title_en,
			sector_key: i.sector_key,
			trl: i.trl
		})),
		notice: knownBanner(event.url.searchParams.get('notice'), NOTICES)
	};
};

export const actions: Actions = {
	apply: async (event) => {
		const owner = requireOrganisationOwner(event);
		requireConfirmedEmail(event);
		await applyToExhibit(getDb(), owner.organisationId);
		redirect(303, localized('/organisation?notice=applied'));
	}
};
