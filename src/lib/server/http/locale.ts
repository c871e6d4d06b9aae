import { getRequestEvent } from '$app/server';
import type { Cookies, Handle } from '@sveltejs/kit';
import {
	isLocalizedPath,
	localeFromPath,
	localizeHref,
	LOCALE_COOKIE,
	resolveLocale,
	type Locale
} from '../../i18n/locale';

type LocaleEvent = { url: URL; cookies: Cookies; request: Request };

/**
 * A page's language is its URL's (`/en/...` English, the rest Spanish), whatever the cookie says.
 * Only the home page `/` and the unlocalized endpoints (`/api/...`, `/language`) negotiate: the
 * cookie set by the language switch first, then Accept-Language.
 */
export function negotiatesLocale(url: URL): boolean {
	return url.pathname === '/' || !isLocalizedPath(url.pathname);
}

export function requestLocale(event: LocaleEvent): Locale {
	if (!negotiatesLocale(event.url)) return localeFromPath(event.url.pathname);
	return resolveLocale(
		event.cookies.get(LOCALE_COOKIE),
		event.request.headers.get('accept-language')
	);
}

const VARY = 'Cookie, Accept-Language';

/**
 * `/` sends a visitor whose default is English to `/en` (a 302, never cached across languages);
 * every response whose language was negotiated says so with `Vary`. Runs after the request
 * context has set `locals.locale` with `requestLocale`.
 */
export const handleLocale: Handle = async ({ event, resolve }) => {
	if (!negotiatesLocale(event.url)) return resolve(event);
	const home = event.url.pathname === '/' && !event.isDataRequest;
	if (home && event.locals.locale === 'en' && ['GET', 'HEAD'].includes(event.request.method)) {
		return new Response(null, {
			status: 302,
			headers: { location: localizeHref('/' + event.url.search, 'en'), vary: VARY }
		});
	}
	const response = await resolve(event);
	response.headers.append('vary', VARY);
	return response;
};

/**
 * An in-site path in the language of the request being answered: every redirect after a form
 * post goes through it, so `/en/...` forms land on `/en/...` pages.
 */
export function localized(path: string): string {
	return localizeHref(path, getRequestEvent().locals.locale);
}
