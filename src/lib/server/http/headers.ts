import type { Handle } from '@sveltejs/kit';
import { accessPolicy } from '../auth/policy';

/**
 * Caching and Vary headers, in one place (docs/security.md, "Headers"). Personal answers carry
 * `Cache-Control: private, no-store`, so that neither a shared cache nor the browser's back
 * button history on a shared computer keeps them: every route that needs a sign-in, the pages
 * whose URL holds a one-time secret, and anything rendered for a signed-in person. Where the
 * language comes from the cookie or Accept-Language, `Vary` says so.
 */

/** Public routes whose URL or answer is still personal: one-time links and the feed. */
const PERSONAL_PUBLIC_ROUTES = new Set([
	'/(auth)/reset-password',
	'/(auth)/setup/[token]',
	'/(auth)/verify-email',
	'/invite/[token]',
	'/agenda/ical/[token]'
]);

export function isPersonal(event: {
	route: { id: string | null };
	locals: Pick<App.Locals, 'user'>;
}): boolean {
	const routeId = event.route.id;
	if (event.locals.user) return true;
	if (routeId === null) return false;
	const access = accessPolicy[routeId];
	return (access !== undefined && access !== 'public') || PERSONAL_PUBLIC_ROUTES.has(routeId);
}

/** True unless the language is in the URL itself (`/en/...`). */
export function languageFromRequest(pathname: string): boolean {
	return !(pathname === '/en' || pathname.startsWith('/en/'));
}

function appendVary(headers: Headers, names: string[]) {
	const current = (headers.get('vary') ?? '')
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);
	if (current.includes('*')) return;
	const lower = new Set(current.map((v) => v.toLowerCase()));
	const next = [...current, ...names.filter((n) => !lower.has(n.toLowerCase()))];
	if (next.length) headers.set('vary', next.join(', '));
}

export const handleCacheHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	// Responses from fetch() or static files may be immutable; skip what cannot be changed.
	try {
		if (isPersonal(event)) {
			const set = response.headers.get('cache-control');
			// A route may choose its own private policy (the calendar feed: private, max-age).
			if (!set?.includes('private') && !set?.includes('no-store')) {
				response.headers.set('cache-control', 'private, no-store');
			}
		}
		if (languageFromRequest(event.url.pathname)) {
			appendVary(response.headers, ['Cookie', 'Accept-Language']);
		}
	} catch {
		// immutable headers: leave the response as it is
	}
	return response;
};
