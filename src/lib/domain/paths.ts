const BASE = 'http://redirect.invalid';

/**
 * A redirect target taken from a form must stay on this site: a path that starts with a single
 * slash. Anything else (`//evil.example`, `https://…`, `/\evil`) falls back to the home page.
 * The result is percent-encoded (`/中` becomes `/%E4%B8%AD`): a Location header carries bytes,
 * and a raw non-ASCII character in it makes the response fail (docs/security.md).
 */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
	if (typeof value !== 'string' || value.length > 2000) return fallback;
	if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 32) return fallback;
	let url: URL;
	try {
		url = new URL(value, BASE);
	} catch {
		return fallback;
	}
	if (url.origin !== BASE) return fallback;
	const path = url.pathname + url.search + url.hash;
	// Dot segments are resolved by now: `/..//evil` would have become `//evil`.
	if (path.startsWith('//') || path.startsWith('/\\') || !/^[\x21-\x7e]*$/.test(path)) {
		return fallback;
	}
	return path;
}
