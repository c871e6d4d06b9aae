import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { acceptInvitation, findInvitation } from '$lib/server/organisations/invitations';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async ({ params, locals }) => {
	const invitation = await findInvitation(getDb(), params.token);
	return {
		invitation: invitation && {
			email: invitation.email,
			organisation: invitation.organisation.name
		},
		signedInAs: locals.user?.email ?? null
	};
};

export const actions: Actions = {
	accept: async (event) => {
		const user = requireUser(event);
		const result = await acceptInvitation(getDb(), user.id, event.params.token);
		if (result !== 'accepted') return fail(result === 'invalid' ? 410 : 403, { result });
		redirect(303, localized('/organisation?notice=joined'));
	}
};
