import { fail, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { safeRedirectPath } from '$lib/domain/paths';
import { getDb } from '$lib/server/db';
import { signUp } from '$lib/server/auth/accounts';
import { sendAccountExistsEmail, sendVerificationEmail } from '$lib/server/auth/recovery';
import { secret, text } from '$lib/server/auth/forms';
import { clientAddress } from '$lib/server/http/address';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = safeRedirectPath(url.searchParams.get('redirectTo'), '/me');
	if (locals.user) redirect(303, localized(redirectTo));
	return { redirectTo, sent: url.searchParams.get('sent') === '1' };
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
			{
				...values,
				password: secret(form, 'password'),
				locale: event.locals.locale,
				ip: clientAddress(event)
			},
			t
		);
		if (!result.ok) {
			if (result.retryAfter) event.setHeaders({ 'retry-after': String(result.retryAfter) });
			return fail(result.status, { values, errors: result.errors });
		}
		// The same answer whether or not the address had an account (docs/security.md): no
		// session either way; the mailbox gets a verification link or a note to its owner.
		if (result.value === null) await sendAccountExistsEmail(db, values.email);
		else await sendVerificationEmail(db, result.value);
		redirect(303, localized(`/signup?sent=1&redirectTo=${encodeURIComponent(redirectTo)}`));
	}
};
