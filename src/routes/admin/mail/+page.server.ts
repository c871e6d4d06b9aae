import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireOrganiser } from '$lib/server/auth/guards';
import { listMail, retryMail } from '$lib/server/mail';
import { redactSecrets } from '$lib/server/mail/redact';
import { messagesFor } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireOrganiser(event);
	const hidden = messagesFor(event.locals.locale).trust.outbox.hidden;
	const mail = await listMail(getDb(), 100);
	// Links in mail are their recipient's credentials: the organiser sees them redacted.
	return { mail: mail.map((m) => ({ ...m, body_text: redactSecrets(m.body_text, hidden) })) };
};

export const actions: Actions = {
	/** A failed mail goes back to the send queue; the background sender delivers it. */
	retry: async (event) => {
		requireOrganiser(event);
		const t = messagesFor(event.locals.locale).auth.outbox;
		const raw = String((await event.request.formData()).get('id') ?? '');
		const id = /^\d{1,12}$/.test(raw) ? Number(raw) : null;
		if (id === null) return fail(400, { error: t.badId });
		if (!(await retryMail(getDb(), id))) return fail(409, { error: t.notRetryable });
		redirect(303, '/admin/mail?retried=1');
	}
};
