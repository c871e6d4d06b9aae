import { fail, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { safeRedirectPath } from '$lib/domain/paths';
import { getDb } from '$lib/server/db';
import { signUp } from '$lib/server/auth/accounts';
import { sendVerificationEmail } from '$lib/server/auth/recovery';
import { secret, text } from '$lib/server/auth/forms';
import { startSession } from '$lib/server/auth/web';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = safeRedirectPath(url.searchParams.get('redirectTo'), '/me');
	if (locals.user) redirect(303, localized(redirectTo));
	return { redirectTo };
};

export const actions: Actions = {
	signup: async (event) => {
		const form = await event.request.formData();
		const t = messagesFor(event.locals.locale);
		const values = {
			name: text(form, 'name').slice(0, 200),
			email: text(form, 'email').slice(0, 300)
		};
		const redirectTo = safeRedirectPath(text(form, 'redirectTo'), '/me');
		const db = getDb();
		const result = await signUp(
			db,
			{ ...values, password: secret(form, 'password'), locale: event.locals.locale },
			t
		);
		if (!result.ok) return fail(result.status, { values, errors: result.errors });

		await sendVerificationEmail(db, result.value);
		await startSession(event, result.value);
		redirect(303, localized(redirectTo));
	}
};
