/**
 * A redirect target taken from a form must stay on this site: a path that starts with a single
 * slash. Anything else (`//evil.example`, `https://…`, `/\evil`) falls back to the home page.
 */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
	if (typeof value !== 'string' || value.length > 2000) return fallback;
	if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 32) return fallback;
	return value;
}
