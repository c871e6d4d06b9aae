import { fail, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { safeRedirectPath } from '$lib/domain/paths';
import { getDb } from '$lib/server/db';
import { signIn } from '$lib/server/auth/accounts';
import { secret, text } from '$lib/server/auth/forms';
import { clientAddress } from '$lib/server/http/address';
import { startSession } from '$lib/server/auth/web';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = safeRedirectPath(url.searchParams.get('redirectTo'), '/me');
	if (locals.user) redirect(303, localized(redirectTo));
	return { redirectTo };
};

export const actions: Actions = {
	login: async (event) => {
		const form = await event.request.formData();
		const t = messagesFor(event.locals.locale);
		const email = text(form, 'email').slice(0, 254);
		const redirectTo = safeRedirectPath(text(form, 'redirectTo'), '/me');
		const result = await signIn(
			getDb(),
			{ email, password: secret(form, 'password'), ip: clientAddress(event) },
			t
		);
		if (!result.ok) {
			if (result.retryAfter) event.setHeaders({ 'retry-after': String(result.retryAfter) });
			return fail(result.status, { values: { email }, errors: result.errors });
		}
		await startSession(event, result.value);
		redirect(303, localized(redirectTo));
	}
};
