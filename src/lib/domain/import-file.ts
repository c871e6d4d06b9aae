import { BOOTH_CODE } from './floor';
import { isCountryCode, isOrganisationKind, TRL_MAX, TRL_MIN } from './taxonomy';
import type { OrganisationKindKey } from './taxonomy';

/** The import file contract of docs/contracts.md, validated as a whole before anything is written. */
export interface LocalizedText {
	es?: string;
	en?: string;
}
export interface ImportOrganisation {
	slug: string;
	name: string;
	kind: OrganisationKindKey;
	country: string;
	city?: string;
	website?: string;
	sectors: string[];
	tags: string[];
	/** English of `tags`, index by index; absent or empty when the file gave plain strings. */
	tagsEn?: string[];
	description: LocalizedText;
	exhibitor?: { booth?: string };
}
export interface ImportInnovation {
	slug: string;
	organisation: string;
	title: LocalizedText;
	summary: LocalizedText;
	description: LocalizedText;
	sector: string;
	trl?: number;
	tags: string[];
	tagsEn?: string[];
}
export interface ImportFile {
	organisations: ImportOrganisation[];
	innovations: ImportInnovation[];
}

/** What the database already holds, so references can be checked before writing. */
export interface ImportContext {
	sectors: Set<string>;
	/** Booth code to the slug of the organisation holding it (null when free). */
	booths: Map<string, string | null>;
	/** Codes the plan does not have yet, to the slug of the exhibitor waiting for each. */
	requestedBooths?: Map<string, string>;
	organisationSlugs: Set<string>;
}

export type ImportValidation = { ok: true; file: ImportFile } | { ok: false; problems: string[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** C0 control characters other than tab, line feed and carriage return. */
function hasControlCharacters(value: string): boolean {
	for (let i = 0; i < value.length; i++) {
		const code = value.charCodeAt(i);
		if (code < 32 && code !== 9 && code !== 10 && code !== 13) return true;
	}
	return false;
}
const MAX_TEXT = 20_000;

class Problems {
	list: string[] = [];
	/** Records a problem; returns undefined so a validator can `return p.add(...)`. */
	add(path: string, message: string): undefined {
		this.list.push(`${path}: ${message}`);
		return undefined;
	}
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => JSON.stringify(v)?.slice(0, 60) ?? String(v);

function text(
	p: Problems,
	path: string,
	value: unknown,
	opts: { required?: boolean; max?: number } = {}
): string | undefined {
	if (value === undefined || value === null || value === '') {
		if (opts.required) p.add(path, 'is required');
		return undefined;
	}
	if (typeof value !== 'string') return p.add(path, `must be text, got ${show(value)}`);
	const trimmed = value.trim();
	if (opts.required && !trimmed) return p.add(path, 'is required');
	if (trimmed.length > (opts.max ?? MAX_TEXT))
		return p.add(path, `is longer than ${opts.max ?? MAX_TEXT} characters`);
	if (hasControlCharacters(trimmed)) return p.add(path, 'contains control characters');
	return trimmed;
}

function list(p: Problems, path: string, value: unknown): string[] {
	if (value === undefined || value === null) return [];
	if (!Array.isArray(value)) {
		p.add(path, `must be a list, got ${show(value)}`);
		return [];
	}
	const out: string[] = [];
	value.forEach((item, i) => {
		const v = text(p, `${path}[${i}]`, item, { required: true, max: 80 });
		if (v) out.push(v);
	});
	return [...new Set(out)];
}

/**
 * Tags: a list of strings (as written, any language) or of `{ "es": …, "en": … }` objects, mixed
 * freely. With any object, `tagsEn` is the English list index by index (a plain string or a
 * one-language object stands for both languages).
 */
function tagList(p: Problems, path: string, value: unknown): { tags: string[]; tagsEn?: string[] } {
	if (value === undefined || value === null) return { tags: [] };
	if (!Array.isArray(value)) {
		p.add(path, `must be a list, got ${show(value)}`);
		return { tags: [] };
	}
	const pairs = new Map<string, string>();
	let translated = false;
	value.forEach((item, i) => {
		if (!isRecord(item)) {
			const v = text(p, `${path}[${i}]`, item, { required: true, max: 80 });
			if (v && !pairs.has(v)) pairs.set(v, v);
			return;
		}
		translated = true;
		const { es, en } = localized(p, `${path}[${i}]`, item, 80);
		if (!es && !en) return void p.add(`${path}[${i}]`, 'needs "es" or "en"');
		const key = es ?? en!;
		if (!pairs.has(key)) pairs.set(key, en ?? key);
	});
	const tags = [...pairs.keys()];
	return translated ? { tags, tagsEn: [...pairs.values()] } : { tags };
}

function localized(p: Problems, path: string, value: unknown, max = MAX_TEXT): LocalizedText {
	if (value === undefined || value === null) return {};
	if (typeof value === 'string') return { es: text(p, path, value, { max }) };
	if (!isRecord(value)) {
		p.add(path, 'must be an object with "es" and/or "en"');
		return {};
	}
	for (const key of Object.keys(value))
		if (key !== 'es' && key !== 'en') p.add(`${path}.${key}`, 'is not a language (es, en)');
	return {
		es: text(p, `${path}.es`, value.es, { max }),
		en: text(p, `${path}.en`, value.en, { max })
	};
}

function slug(p: Problems, path: string, value: unknown, seen: Set<string>): string | undefined {
	const v = text(p, path, value, { required: true, max: 80 });
	if (v === undefined) return undefined;
	if (!SLUG.test(v))
		return p.add(path, `"${v}" must be lowercase letters, digits and single hyphens`);
	if (seen.has(v)) return p.add(path, `"${v}" appears more than once in the file`);
	seen.add(v);
	return v;
}

function organisation(
	p: Problems,
	path: string,
	raw: unknown,
	ctx: ImportContext,
	seen: Set<string>
) {
	if (!isRecord(raw)) return p.add(path, 'must be an object');
	const s = slug(p, `${path}.slug`, raw.slug, seen);
	const name = text(p, `${path}.name`, raw.name, { required: true, max: 200 });
	const kind = text(p, `${path}.kind`, raw.kind, { required: true, max: 40 });
	if (kind && !isOrganisationKind(kind))
		p.add(`${path}.kind`, `"${kind}" is not a kind of organisation`);
	const country = text(p, `${path}.country`, raw.country, { required: true, max: 60 });
	if (country && !isCountryCode(country))
		p.add(`${path}.country`, `"${country}" is not an ISO country code`);
	const website = text(p, `${path}.website`, raw.website, { max: 300 });
	if (website && !/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(website))
		p.add(`${path}.website`, `"${website}" is not an http(s) address`);
	const sectors = list(p, `${path}.sectors`, raw.sectors);
	sectors.forEach(
		(sec, i) => ctx.sectors.has(sec) || p.add(`${path}.sectors[${i}]`, `"${sec}" is not a sector`)
	);
	let exhibitor: ImportOrganisation['exhibitor'];
	if (raw.exhibitor !== undefined && raw.exhibitor !== null) {
		if (!isRecord(raw.exhibitor)) p.add(`${path}.exhibitor`, 'must be an object');
		else {
			const booth = text(p, `${path}.exhibitor.booth`, raw.exhibitor.booth, { max: 40 });
			// A code the plan lacks is kept as requested and assigned once that booth is drawn.
			const holder = booth
				? (ctx.booths.get(booth) ?? ctx.requestedBooths?.get(booth) ?? null)
				: null;
			if (booth && !BOOTH_CODE.test(booth))
				p.add(
					`${path}.exhibitor.booth`,
					`"${booth}" is not a booth code (a pavilion and a number, such as P1-045)`
				);
			else if (booth && holder && holder !== raw.slug)
				p.add(`${path}.exhibitor.booth`, `"${booth}" is already assigned to ${holder}`);
			exhibitor = { booth };
		}
	}
	if (!s || !name || !kind || !country || !isOrganisationKind(kind)) return undefined;
	const org: ImportOrganisation = {
		slug: s,
		name,
		kind,
		country,
		city: text(p, `${path}.city`, raw.city, { max: 120 }),
		website,
		sectors,
		...tagList(p, `${path}.tags`, raw.tags),
		description: localized(p, `${path}.description`, raw.description),
		exhibitor
	};
	return org;
}

function innovation(
	p: Problems,
	path: string,
	raw: unknown,
	ctx: ImportContext,
	orgs: Set<string>,
	seen: Set<string>
) {
	if (!isRecord(raw)) return p.add(path, 'must be an object');
	const s = slug(p, `${path}.slug`, raw.slug, seen);
	const owner = text(p, `${path}.organisation`, raw.organisation, { required: true, max: 80 });
	if (owner && !orgs.has(owner) && !ctx.organisationSlugs.has(owner))
		p.add(`${path}.organisation`, `"${owner}" is not an organisation in the file or the database`);
	const title = localized(p, `${path}.title`, raw.title, 300);
	if (!title.es && !title.en) p.add(`${path}.title`, 'needs at least one language (es or en)');
	const sector = text(p, `${path}.sector`, raw.sector, { required: true, max: 60 });
	if (sector && !ctx.sectors.has(sector)) p.add(`${path}.sector`, `"${sector}" is not a sector`);
	let trl: number | undefined;
	if (raw.trl !== undefined && raw.trl !== null && raw.trl !== '') {
		trl = typeof raw.trl === 'string' ? Number(raw.trl) : (raw.trl as number);
		if (!Number.isInteger(trl) || trl < TRL_MIN || trl > TRL_MAX)
			p.add(
				`${path}.trl`,
				`must be a whole number from ${TRL_MIN} to ${TRL_MAX}, got ${show(raw.trl)}`
			);
	}
	if (!s || !owner || !sector || (!title.es && !title.en)) return undefined;
	const inv: ImportInnovation = {
		slug: s,
		organisation: owner,
		title,
		summary: localized(p, `${path}.summary`, raw.summary, 2000),
		description: localized(p, `${path}.description`, raw.description),
		sector,
		trl,
		...tagList(p, `${path}.tags`, raw.tags)
	};
	return inv;
}

export function validateImportFile(raw: unknown, ctx: ImportContext): ImportValidation {
	const p = new Problems();
	if (!isRecord(raw))
		return {
			ok: false,
			problems: ['(file): must be a JSON object with "organisations" and/or "innovations"']
		};
	for (const key of Object.keys(raw))
		if (key !== 'organisations' && key !== 'innovations') p.add(key, 'is not a known section');
	const rawOrgs = raw.organisations ?? [];
	const rawInnovations = raw.innovations ?? [];
	if (!Array.isArray(rawOrgs)) p.add('organisations', 'must be a list');
	if (!Array.isArray(rawInnovations)) p.add('innovations', 'must be a list');
	const orgSlugs = new Set<string>();
	const organisations = (Array.isArray(rawOrgs) ? rawOrgs : []).map((o, i) =>
		organisation(p, `organisations[${i}]`, o, ctx, orgSlugs)
	);
	const booths = new Map<string, string>();
	organisations.forEach((o, i) => {
		const booth = o?.exhibitor?.booth;
		if (!booth) return;
		if (booths.has(booth))
			p.add(
				`organisations[${i}].exhibitor.booth`,
				`"${booth}" is also given to ${booths.get(booth)}`
			);
		booths.set(booth, o.slug);
	});
	const innovationSlugs = new Set<string>();
	const innovations = (Array.isArray(rawInnovations) ? rawInnovations : []).map((v, i) =>
		innovation(p, `innovations[${i}]`, v, ctx, orgSlugs, innovationSlugs)
	);
	if (p.list.length) return { ok: false, problems: p.list };
	return {
		ok: true,
		file: {
			organisations: organisations as ImportOrganisation[],
			innovations: innovations as ImportInnovation[]
		}
	};
}

/** CSV rows carry the organisation fields; lists are split by `;`. */
export function organisationsFromCsv(records: Record<string, string>[]): unknown[] {
	const split = (v: string | undefined) =>
		(v ?? '')
			.split(';')
			.map((s) => s.trim())
			.filter(Boolean);
	return records.map((r) => ({
		slug: r.slug,
		name: r.name,
		kind: r.kind,
		country: r.country,
		city: r.city || undefined,
		website: r.website || undefined,
		sectors: split(r.sectors),
		tags: split(r.tags),
		description: { es: r.description_es || undefined, en: r.description_en || undefined },
		exhibitor: r.booth
			? { booth: r.booth }
			: r.exhibitor === 'yes' || r.exhibitor === 'true'
				? {}
				: undefined
	}));
}
