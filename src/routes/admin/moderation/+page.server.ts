import { fail, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireOrganiser } from '$lib/server/auth/guards';
import { text } from '$lib/server/auth/forms';
import { removeLogo } from '$lib/server/organisations/logo';
import {
	decideOrganisation,
	decideRevision,
	listModerationQueue
} from '$lib/server/organisations/moderation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireOrganiser(event);
	return {
		queue: await listModerationQueue(getDb()),
		decided: event.url.searchParams.get('decided') === '1'
	};
};

function parseDecision(form: FormData) {
	const id = Number(text(form, 'id'));
	const decision = text(form, 'decision');
	if (!Number.isSafeInteger(id) || id <= 0) return null;
	if (decision !== 'approved' && decision !== 'rejected') return null;
	return { id, decision: decision as 'approved' | 'rejected' };
}

export const actions: Actions = {
	organisation: async (event) => {
		const organiser = requireOrganiser(event);
		const t = messagesFor(event.locals.locale).trust.admin;
		const parsed = parseDecision(await event.request.formData());
		if (!parsed) return fail(400, { error: t.unknown });
		const done = await decideOrganisation(getDb(), organiser.id, parsed.id, parsed.decision);
		if (!done) return fail(409, { error: t.unknown });
		redirect(303, '/admin/moderation?decided=1');
	},
	revision: async (event) => {
		const organiser = requireOrganiser(event);
		const t = messagesFor(event.locals.locale).trust.admin;
		const parsed = parseDecision(await event.request.formData());
		if (!parsed) return fail(400, { error: t.unknown });
		const result = await decideRevision(getDb(), organiser.id, parsed.id, parsed.decision);
		if (!result.decided) return fail(409, { error: t.unknown });
		await removeLogo(result.unusedLogo);
		redirect(303, '/admin/moderation?decided=1');
	}
};
