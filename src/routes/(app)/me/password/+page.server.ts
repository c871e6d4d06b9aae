import { fail, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { changePassword } from '$lib/server/auth/accounts';
import { secret } from '$lib/server/auth/forms';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	return {};
};

export const actions: Actions = {
	change: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const endOtherSessions = form.get('endOtherSessions') === 'on';
		const result = await changePassword(
			getDb(),
			user.id,
			{
				current: secret(form, 'currentPassword'),
				next: secret(form, 'newPassword'),
				endOtherSessions,
				currentSessionId: event.locals.session?.id ?? ''
			},
			messagesFor(event.locals.locale)
		);
		if (!result.ok)
			return fail(result.status, { values: { endOtherSessions }, errors: result.errors });
		redirect(303, localized('/me?notice=password-changed'));
	}
};
