import { fail, redirect } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { safeRedirectPath } from '$lib/domain/paths';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { isBookmarkType, listBookmarks, toggleBookmark } from '$lib/server/catalogue/bookmarks';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { bookmarks: await listBookmarks(getDb(), user.id) };
};

export const actions: Actions = {
	toggle: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const type = form.get('type');
		const targetId = Number(form.get('targetId'));
		const wantRaw = form.get('want');
		const want = wantRaw === '1' ? true : wantRaw === '0' ? false : undefined;
		const t = messagesFor(event.locals.locale);
		if (!isBookmarkType(type)) return fail(400, { errors: { form: t.auth.bookmarks.invalid } });
		const saved = await toggleBookmark(getDb(), user.id, type, targetId, want);
		if (saved === null) return fail(404, { errors: { form: t.auth.bookmarks.invalid } });
		redirect(303, localized(safeRedirectPath(form.get('redirectTo'), '/me/bookmarks')));
	}
};
