/** Reads and checks the profile form; errors are i18n keys of `matchmaking.profile.errors`. */
import { ORGANISATION_KINDS } from '../../domain/taxonomy';
import type { ProfileInput } from './profiles';

export type ProfileFieldError =
	'headlineLength' | 'needsOfferOrSeek' | 'languages' | 'maxMeetings' | 'tooMany';

const MAX_TERMS = 12;
/** Needs are ticked from a short list; anything past this many is a forged form. */
const MAX_NEEDS = 12;

/** Each value once, in the order first given (a repeated field is not a stronger wish). */
const unique = <T>(values: T[]): T[] => [...new Set(values)];
const MAX_TERM_CHARS = 60;
export const HEADLINE_MAX = 160;

// eslint-disable-next-line no-control-regex -- control characters never belong in a profile
const CONTROL = /[\u0000-\u001f\u007f]/g;

function clean(value: FormDataEntryValue | null, max: number): string {
	return String(value ?? '')
		.replace(CONTROL, ' ')
		.trim()
		.slice(0, max);
}

/** Checked vocabulary keys plus free tags typed as "a; b, c". */
function terms(form: FormData, name: string): string[] {
	const keys = form.getAll(name).map((v) => clean(v, MAX_TERM_CHARS));
	const free = clean(form.get(`${name}Free`), 1000)
		.split(/[;,\n]/)
		.map((t) => t.trim().slice(0, MAX_TERM_CHARS));
	return [...new Set([...keys, ...free].filter(Boolean))];
}

export function parseProfileForm(form: FormData, knownSectors: string[]) {
	const values: ProfileInput = {
		headline: clean(form.get('headline'), HEADLINE_MAX + 1),
		offers: terms(form, 'offers'),
		seeks: terms(form, 'seeks'),
		sectors: unique(
			form
				.getAll('sectors')
				.map(String)
				.filter((s) => knownSectors.includes(s))
		),
		languages: unique(
			form
				.getAll('languages')
				.map(String)
				.filter((l) => l === 'es' || l === 'en')
		),
		maxMeetings: null,
		details: {
			ticketSize: clean(form.get('ticketSize'), 60) || undefined,
			stage: clean(form.get('stage'), 60) || undefined,
			needs: unique(
				form
					.getAll('needs')
					.map((v) => clean(v, 40))
					.filter(Boolean)
			).slice(0, MAX_NEEDS)
		},
		availability: unique(
			form
				.getAll('availability')
				.map(Number)
				.filter((n) => Number.isInteger(n) && n > 0)
		)
	};
	const errors: Partial<Record<string, ProfileFieldError>> = {};
	if (values.headline.length > HEADLINE_MAX) errors.headline = 'headlineLength';
	if (values.offers.length + values.seeks.length === 0) errors.offers = 'needsOfferOrSeek';
	if (values.offers.length > MAX_TERMS || values.seeks.length > MAX_TERMS)
		errors.offers = 'tooMany';
	if (values.languages.length === 0) errors.languages = 'languages';
	const max = clean(form.get('maxMeetings'), 10);
	if (max) {
		const n = Number(max);
		if (!Number.isInteger(n) || n < 1 || n > 100) errors.maxMeetings = 'maxMeetings';
		else values.maxMeetings = n;
	}
	return { values, errors };
}

export const KIND_KEYS = ORGANISATION_KINDS;
