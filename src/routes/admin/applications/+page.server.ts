import { fail, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { isOrganisationKind } from '$lib/domain/taxonomy';
import { getDb } from '$lib/server/db';
import { requireOrganiser } from '$lib/server/auth/guards';
import { text } from '$lib/server/auth/forms';
import { knownSectorKeys } from '$lib/server/organisations/context';
import { decideApplications, listApplications } from '$lib/server/organisations/applications';
import type { ExhibitorStatus } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

const STATUSES: ExhibitorStatus[] = ['pending', 'approved', 'rejected'];

export const load: PageServerLoad = async (event) => {
	requireOrganiser(event);
	const db = getDb();
	const q = event.url.searchParams;
	const status = STATUSES.find((s) => s === (q.get('status') ?? 'pending')) ?? null;
	const kind = q.get('kind') ?? '';
	const sector = q.get('sector') ?? '';
	const filters = {
		status,
		kind: isOrganisationKind(kind) ? kind : null,
		sector: (await knownSectorKeys(db)).has(sector) ? sector : null
	};
	return {
		filters: { status: status ?? 'all', kind: filters.kind ?? '', sector: filters.sector ?? '' },
		applications: await listApplications(db, filters),
		decided: Number(q.get('decided')) || null
	};
};

export const actions: Actions = {
	decide: async (event) => {
		const organiser = requireOrganiser(event);
		const t = messagesFor(event.locals.locale).organisation.validation;
		const form = await event.request.formData();
		const decision = text(form, 'decision');
		const reason = text(form, 'reason').slice(0, 1000);
		const ids = form.getAll('ids').map(Number);
		const errors: Record<string, string> = {};
		if (!ids.some((id) => Number.isSafeInteger(id) && id > 0)) errors.ids = t.selectApplications;
		if (decision === 'rejected' && !reason) errors.reason = t.reasonRequired;
		if (decision !== 'approved' && decision !== 'rejected') errors.form = t.selectApplications;
		if (Object.keys(errors).length) return fail(400, { values: { reason }, errors });
		const count = await decideApplications(
			getDb(),
			organiser.id,
			ids,
			decision as 'approved' | 'rejected',
			reason
		);
		const back = new URLSearchParams(event.url.searchParams);
		back.delete('/decide');
		back.set('decided', String(count));
		redirect(303, localized(`/admin/applications?${back}`));
	}
};
