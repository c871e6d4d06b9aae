import { redirect, error } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n';
import { safeRedirectPath } from '$lib/domain/paths';
import type { RequestHandler } from './$types';

/** The language switch: a plain form post, so it works without JavaScript. */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const form = await request.formData().catch(() => null);
	const locale = form?.get('locale');
	if (!isLocale(locale)) error(400, 'locale: must be "es" or "en"');
	cookies.set(LOCALE_COOKIE, locale, {
		path: '/',
		httpOnly: false,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 60 * 60 * 24 * 365
	});
	redirect(303, safeRedirectPath(form?.get('redirectTo')));
};
