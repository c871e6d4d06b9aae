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

/**
 * A row's tags in the reader's language: `tags_en[i]` translates `tags[i]` (docs/i18n.md); a
 * row without a full English list shows its tags as written.
 */
export function tagsIn(locale: Locale, row: { tags: string[]; tags_en: string[] }): string[] {
	if (locale === 'es' || row.tags_en.length !== row.tags.length) return row.tags;
	return row.tags_en;
}

/**
 * The English of an edited tag list: tags kept from before keep their translation, new ones
 * are shown as written. Empty (untranslated) when nothing carries over.
 */
export function carryTagTranslations(
	tags: string[],
	before: string[],
	beforeEn: string[]
): string[] {
	if (beforeEn.length !== before.length) return [];
	const english = new Map(before.map((tag, i) => [tag, beforeEn[i]]));
	if (!tags.some((tag) => english.has(tag))) return [];
	return tags.map((tag) => english.get(tag) ?? tag);
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

// formatRange itself costs about 0.2 ms (4 % of rendering the home page), and an event has
// one or two date ranges: each is formatted once.
const formattedRanges = new Map<string, string>();
const FORMATTED_RANGES_MAX = 256;

export function formatDateRange(startIso: string, endIso: string, locale: Locale): string {
	const key = `${locale}|${startIso}|${endIso}`;
	const known = formattedRanges.get(key);
	if (known !== undefined) return known;
	const start = new Date(`${startIso}T12:00:00Z`);
	const end = new Date(`${endIso}T12:00:00Z`);
	const text =
		Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())
			? ''
			: dateFormats[locale].formatRange(start, end);
	if (formattedRanges.size >= FORMATTED_RANGES_MAX) formattedRanges.clear();
	formattedRanges.set(key, text);
	return text;
}
