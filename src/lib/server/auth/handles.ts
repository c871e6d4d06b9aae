import { json, redirect, type Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { localizeHref, messagesFor, type Locale } from '../../i18n';
import { getDb } from '../db';
import { logger } from '../log';
import { isAllowed, hasPolicy, roleOf } from './policy';
import { loginPath } from './guards';
import {
	deleteSessionCookie,
	sessionCookieName,
	setSessionCookie,
	validateSessionToken
} from './session';

/** Reads the session cookie into locals.user / locals.session; runs after the request context. */
export const handleSession: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(sessionCookieName(event.url));
	if (!token) return resolve(event);
	const result = await validateSessionToken(getDb(), token);
	if (!result) {
		deleteSessionCookie(event.cookies, event.url);
		return resolve(event);
	}
	if (result.renewed) {
		setSessionCookie(event.cookies, event.url, token, result.session.expiresAt);
	}
	event.locals.user = result.user;
	event.locals.session = result.session;
	return resolve(event);
};

/** Enforces the access policy table (policy.ts) on every routed request. */
export const handleAccess: Handle = async ({ event, resolve }) => {
	const routeId = event.route.id;
	// No route matched: SvelteKit answers 404 itself.
	if (routeId === null) return resolve(event);
	if (!hasPolicy(routeId)) {
		logger.error({ routeId }, 'route has no access policy entry (src/lib/server/auth/policy.ts)');
		// Closed in production; in `vite dev` a new route stays usable while it is being written.
		if (dev) return resolve(event);
		return forbidden(event.locals.locale, event.url, event.isDataRequest);
	}
	const role = roleOf(event.locals.user);
	if (isAllowed(routeId, role)) return resolve(event);
	if (role === 'anonymous') {
		if (event.url.pathname.startsWith('/api/')) {
			const message = messagesFor(event.locals.locale).auth.errors.signInRequired;
			return json({ message }, { status: 401 });
		}
		redirect(303, loginPath(event.url));
	}
	return forbidden(event.locals.locale, event.url, event.isDataRequest);
};

/**
 * A 403 returned (not thrown) so the security-header handle still decorates it; a thrown
 * error would bypass every handle on its way out.
 */
function forbidden(locale: Locale, url: URL, isData: boolean): Response {
	const t = messagesFor(locale).auth.errors;
	if (isData || url.pathname.startsWith('/api/')) {
		return json({ message: t.forbidden }, { status: 403 });
	}
	const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>403 · EXTEMIN Connect</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2933;line-height:1.5}a{color:#8f4a1f}</style></head><body><main><h1>403</h1><p>${t.forbidden}</p><p><a href="${localizeHref('/', locale)}">${t.backHome}</a></p></main></body></html>`;
	return new Response(html, {
		status: 403,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy':
				"default-src 'none'; style-src 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
		}
	});
}
