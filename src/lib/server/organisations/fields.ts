import type { Messages } from '../../i18n';
import { isCountryCode, isOrganisationKind } from '../../domain/taxonomy';
import type { FieldErrors } from '../auth/forms';
import { text } from '../auth/forms';

/**
 * Form parsing for the self-service pages. Each parser reads an explicit list of fields, so
 * a posted `role`, `status`, `organisation_id` or `slug` never reaches the database.
 */
export function slugify(name: string): string {
	return (
		name
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60)
			.replace(/-+$/g, '') || 'organizacion'
	);
}

export function parseTags(raw: string): string[] | null {
	const tags = [
		...new Set(
			raw
				.split(/[,;\n]/)
				.map((t) => t.trim())
				.filter(Boolean)
		)
	];
	if (tags.length > 12 || tags.some((t) => t.length > 40)) return null;
	return tags;
}

export function limited(
	errors: FieldErrors,
	field: string,
	value: string,
	max: number,
	t: Messages
): string {
	if (value.length > max) errors[field] = t.organisation.validation.tooLong(max);
	return value.slice(0, max);
}

export function parseWebsite(raw: string): string | null | false {
	if (!raw) return null;
	try {
		const url = new URL(raw);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
		if (raw.length > 300) return false;
		return url.href;
	} catch {
		return false;
	}
}

export interface ProfileInput {
	name: string;
	kind: string;
	country: string;
	city: string | null;
	website: string | null;
	description_es: string;
	description_en: string;
	tags: string[];
	sectors: string[];
}

/** Reads the organisation profile form; `knownSectors` are the sector keys that exist. */
export function parseProfile(
	form: FormData,
	knownSectors: ReadonlySet<string>,
	t: Messages
): { values: Record<string, string | string[]>; errors: FieldErrors; input: ProfileInput } {
	const v = t.organisation.validation;
	const errors: FieldErrors = {};
	const name = limited(errors, 'name', text(form, 'name'), 120, t);
	const kind = text(form, 'kind');
	const country = text(form, 'country').toUpperCase();
	const city = limited(errors, 'city', text(form, 'city'), 80, t);
	const websiteRaw = text(form, 'website');
	const description_es = limited(errors, 'description_es', text(form, 'description_es'), 2000, t);
	const description_en = limited(errors, 'description_en', text(form, 'description_en'), 2000, t);
	const tagsRaw = text(form, 'tags');
	const sectors = [
		...new Set(form.getAll('sectors').filter((s) => typeof s === 'string'))
	] as string[];

	if (!name) errors.name = v.nameRequired;
	if (!isOrganisationKind(kind)) errors.kind = v.kindInvalid;
	if (!/^[A-Z]{2}$/.test(country) || !isCountryCode(country)) errors.country = v.countryInvalid;
	const website = parseWebsite(websiteRaw);
	if (website === false) errors.website = v.websiteInvalid;
	const tags = parseTags(tagsRaw);
	if (!tags) errors.tags = v.tagsTooMany;
	if (sectors.length > 10 || sectors.some((s) => !knownSectors.has(s)))
		errors.sectors = v.sectorInvalid;

	return {
		values: {
			name,
			kind,
			country,
			city,
			website: websiteRaw.slice(0, 300),
			description_es,
			description_en,
			tags: tagsRaw.slice(0, 600),
			sectors
		},
		errors,
		input: {
			name,
			kind,
			country,
			city: city || null,
			website: website || null,
			description_es,
			description_en,
			tags: tags ?? [],
			sectors
		}
	};
}
