import { messagesFor } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireOrganiser } from '$lib/server/auth/guards';
import { listMail } from '$lib/server/mail';
import { redactSecrets } from '$lib/server/mail/redact';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireOrganiser(event);
	const hidden = messagesFor(event.locals.locale).trust.outbox.hidden;
	const mail = await listMail(getDb(), 100);
	// Links in mail are their recipient's credentials: the organiser sees them redacted.
	return { mail: mail.map((m) => ({ ...m, body_text: redactSecrets(m.body_text, hidden) })) };
};
