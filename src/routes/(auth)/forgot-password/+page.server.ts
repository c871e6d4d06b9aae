import { fail } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requestPasswordReset } from '$lib/server/auth/recovery';
import { text } from '$lib/server/auth/forms';
import { clientAddress } from '$lib/server/http/address';
import type { Actions } from './$types';

export const actions: Actions = {
	request: async (event) => {
		const form = await event.request.formData();
		const email = text(form, 'email').slice(0, 300);
		const t = messagesFor(event.locals.locale);
		const result = await requestPasswordReset(getDb(), { email, ip: clientAddress(event) }, t);
		if (!result.ok) {
			if (result.retryAfter) event.setHeaders({ 'retry-after': String(result.retryAfter) });
			return fail(result.status, { values: { email }, errors: result.errors, sent: false });
		}
		return { values: { email }, errors: null, sent: true };
	}
};
