import type { Locale } from '../i18n';

/** The text in the visitor's language, or the other language when that one is empty. */
export function pickText(locale: Locale, es: string | null, en: string | null): string {
	const preferred = locale === 'es' ? es : en;
	const other = locale === 'es' ? en : es;
	return preferred?.trim() ? preferred : (other ?? '');
}

/** A JSON list column as strings; anything malformed reads as empty. */
export function parseList(json: string | null | undefined): string[] {
	if (!json) return [];
	try {
		const value: unknown = JSON.parse(json);
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
	} catch {
		return [];
	}
}

// Building an Intl.DateTimeFormat costs far more than using one: keep one per locale.
const dateFormats = {
	es: new Intl.DateTimeFormat('es-PE', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}),
	en: new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	})
};

export function formatDateRange(startIso: string, endIso: string, locale: Locale): string {
	const start = new Date(`${startIso}T12:00:00Z`);
	const end = new Date(`${endIso}T12:00:00Z`);
	if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return '';
	return dateFormats[locale].formatRange(start, end);
}
