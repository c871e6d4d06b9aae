import { messages, type Messages } from './messages';

export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'es';
export const LOCALE_COOKIE = 'locale';

export type { Messages };

export function isLocale(value: unknown): value is Locale {
	return value === 'es' || value === 'en';
}

export function messagesFor(locale: Locale): Messages {
	return messages[locale];
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
