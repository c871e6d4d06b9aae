import { fail, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { completeSetup, findSetupAccount } from '$lib/server/auth/recovery';
import { secret, text } from '$lib/server/auth/forms';
import { startSession } from '$lib/server/auth/web';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async ({ params }) => {
	const user = await findSetupAccount(getDb(), params.token);
	return { email: user?.email ?? null, name: user?.name ?? '' };
};

export const actions: Actions = {
	setup: async (event) => {
		const form = await event.request.formData();
		const t = messagesFor(event.locals.locale);
		const values = { name: text(form, 'name').slice(0, 200) };
		const result = await completeSetup(
			getDb(),
			event.params.token,
			{ name: values.name, password: secret(form, 'password') },
			t
		);
		if (!result.ok) return fail(result.status, { values, errors: result.errors });
		await startSession(event, result.value);
		redirect(303, localized('/admin'));
	}
};
