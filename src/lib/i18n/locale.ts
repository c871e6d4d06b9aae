/**
 * Locales and URLs, without any messages: safe to import from every component (the messages of
 * a page arrive through `load.ts`, in its language only).
 */
export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'es';
export const LOCALE_COOKIE = 'locale';

export function isLocale(value: unknown): value is Locale {
	return value === 'es' || value === 'en';
}

/** Replaces `{name}` placeholders: `format('{n} expositores', { n: 3 })`. */
export function format(template: string, params: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in params ? String(params[key]) : whole
	);
}

/** Picks the locale: explicit choice (cookie) first, then the browser's Accept-Language, then Spanish. */
export function resolveLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
	if (isLocale(cookie)) return cookie;
	for (const part of (acceptLanguage ?? '').split(',')) {
		const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
		if (isLocale(tag)) return tag;
	}
	return DEFAULT_LOCALE;
}

const numberFormats = { es: new Intl.NumberFormat('es-PE'), en: new Intl.NumberFormat('en-US') };

export function formatNumber(value: number, locale: Locale): string {
	return numberFormats[locale].format(value);
}

// --- URLs: Spanish at /..., English at /en/... (docs/i18n.md) ---

const EN_PREFIX = '/en';

/** Paths that are the same in both languages: JSON, files, the switch itself, health. */
const UNLOCALIZED = /^\/(?:api|uploads|healthz|language|_app)(?:\/|$)/;

/** The language a URL path names: `/en` and `/en/...` are English, everything else Spanish. */
export function localeFromPath(pathname: string): Locale {
	return pathname === EN_PREFIX || pathname.startsWith(EN_PREFIX + '/') ? 'en' : 'es';
}

/** `/en/exhibitors` -> `/exhibitors`, `/en` -> `/`; a Spanish path is returned as it is. */
export function delocalizePath(pathname: string): string {
	if (localeFromPath(pathname) === 'es') return pathname;
	return pathname.slice(EN_PREFIX.length) || '/';
}

export function isLocalizedPath(pathname: string): boolean {
	return !UNLOCALIZED.test(delocalizePath(pathname));
}

/**
 * An in-site href (path, query and hash) in `locale`: `localizeHref('/exhibitors?q=x', 'en')` is
 * `/en/exhibitors?q=x`. Accepts an already localized href; leaves anything that is not a local
 * path (`https://…`, `#top`, `?/save`) and the unlocalized paths untouched.
 */
export function localizeHref(href: string, locale: Locale): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	const cut = href.search(/[?#]/);
	const path = cut === -1 ? href : href.slice(0, cut);
	const rest = cut === -1 ? '' : href.slice(cut);
	// `/en//evil.example` must not become the protocol-relative `//evil.example`.
	const stripped = delocalizePath(path);
	const base = stripped.startsWith('//') || stripped.startsWith('/\\') ? '/' : stripped;
	if (locale === 'es' || UNLOCALIZED.test(base)) return base + rest;
	return (base === '/' ? EN_PREFIX : EN_PREFIX + base) + rest;
}
