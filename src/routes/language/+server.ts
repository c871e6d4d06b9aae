import { redirect, error } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE, localizeHref, messagesFor } from '$lib/i18n';
import { safeRedirectPath } from '$lib/domain/paths';
import type { RequestHandler } from './$types';

/**
 * The language switch: a plain form post, so it works without JavaScript. It goes to the same
 * page in the other language's URL and remembers the choice as the default for `/`.
 */
export const POST: RequestHandler = async ({ request, cookies, url, locals }) => {
	const form = await request.formData().catch(() => null);
	const locale = form?.get('locale');
	if (!isLocale(locale)) error(400, messagesFor(locals.locale).common.language.invalid);
	cookies.set(LOCALE_COOKIE, locale, {
		path: '/',
		httpOnly: false,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 60 * 60 * 24 * 365
	});
	redirect(303, localizeHref(safeRedirectPath(form?.get('redirectTo')), locale));
};
