import { fail, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { isResetTokenLive, resetPassword } from '$lib/server/auth/recovery';
import { secret, text } from '$lib/server/auth/forms';
import { startSession } from '$lib/server/auth/web';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async ({ url }) => {
	const token = url.searchParams.get('token')?.slice(0, 64) ?? '';
	return { token, valid: token ? await isResetTokenLive(getDb(), token) : false };
};

export const actions: Actions = {
	reset: async (event) => {
		const form = await event.request.formData();
		const token = text(form, 'token').slice(0, 64);
		const t = messagesFor(event.locals.locale);
		const result = await resetPassword(getDb(), token, secret(form, 'password'), t);
		if (!result.ok) return fail(result.status, { errors: result.errors });
		await startSession(event, result.value);
		redirect(303, localized('/me?notice=password-reset'));
	}
};
