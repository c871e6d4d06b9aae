import { fail } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireConfirmedEmail, requireOrganisationOwner } from '$lib/server/auth/guards';
import { listMembers } from '$lib/server/db/queries/accounts';
import { listPendingInvites } from '$lib/server/auth/tokens';
import { text } from '$lib/server/auth/forms';
import { inviteColleague } from '$lib/server/organisations/invitations';
import { clientAddress } from '$lib/server/http/address';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const owner = requireOrganisationOwner(event);
	const db = getDb();
	const [members, invites] = await Promise.all([
		listMembers(db, owner.organisationId),
		listPendingInvites(db, owner.organisationId)
	]);
	return { members, invites };
};

export const actions: Actions = {
	invite: async (event) => {
		const owner = requireOrganisationOwner(event);
		requireConfirmedEmail(event);
		const form = await event.request.formData();
		const email = text(form, 'email').slice(0, 300);
		const t = messagesFor(event.locals.locale);
		const result = await inviteColleague(
			getDb(),
			owner.id,
			owner.organisationId,
			email,
			t,
			clientAddress(event)
		);
		if (!result.ok) {
			if (result.retryAfter) event.setHeaders({ 'retry-after': String(result.retryAfter) });
			return fail(result.status, { values: { email }, errors: result.errors });
		}
		return { invited: result.value };
	}
};
