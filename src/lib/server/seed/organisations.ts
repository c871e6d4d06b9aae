import { COUNTRIES } from '../../domain/taxonomy';
import type { NewOrganisation, OrganisationKind } from '../db/schema';
import { STAGES, TICKETS } from './content/organisation-text';
import { COUNTRY_PROFILES, PERU, type CountryProfile } from './content/places';
import { theme as themeByKey, themeWeights } from './content/themes';
import type { Theme } from './content/types';
import { describeOrganisation } from './descriptions';
import { composeName, pickCity, type OrganisationName } from './organisation-names';
import type { Random } from './random';
import { slugify, UniqueNames } from './text';
import { bilingualTags } from './content/tag-translations';
import { seedTime } from './time';

export interface PlannedOrganisation {
	id: number;
	slug: string;
	name: string;
	kind: OrganisationKind;
	country: CountryProfile;
	brand: string;
	themes: Theme[];
	sectors: string[];
	stage?: string;
	ticket?: string;
	row: NewOrganisation & { id: number };
}

const KIND_WEIGHTS: Record<OrganisationKind, number> = {
	company: 35,
	startup: 25,
	investor: 8,
	university: 8,
	'research-centre': 7,
	'small-producer': 10,
	'public-agency': 7
};

export function planOrganisations(rng: Random, count: number): PlannedOrganisation[] {
	const names = new UniqueNames();
	const slugs = new UniqueNames();
	const tradeOffices = new Set<string>();
	const planned: PlannedOrganisation[] = [];
	for (let id = 1; id <= count; id++) {
		const kind = rng.weighted(KIND_WEIGHTS);
		const country = pickCountry(rng, kind, tradeOffices);
		planned.push(planOrganisation(rng, { id, kind, country, names, slugs }));
	}
	return planned;
}

interface Draft {
	id: number;
	kind: OrganisationKind;
	country: CountryProfile;
	names: UniqueNames;
	slugs: UniqueNames;
}

function planOrganisation(rng: Random, draft: Draft): PlannedOrganisation {
	const { id, kind, country } = draft;
	const city = pickCity(rng, kind, country);
	const themes = pickThemes(rng, kind);
	const label = uniqueName(rng, draft, city, themes[0]);
	const slug = draft.slugs.claim(slugify(label.name));
	const stageEntry = rng.pick(STAGES);
	const ticket = rng.pick(TICKETS);
	const described = { kind, name: label.name, city, country: country.code, themes };
	const description = describeOrganisation(rng, {
		...described,
		mission: label.mission,
		ticket,
		stage: stageEntry
	});
	const sectors = sectorsOf(themes);
	const tags = rng.sample(unique(themes.flatMap((t) => t.tags)), rng.int(3, 6));
	const created = seedTime(rng);
	return {
		id,
		slug,
		name: label.name,
		kind,
		country,
		brand: label.brand,
		themes,
		sectors,
		stage: kind === 'investor' || kind === 'startup' ? stageEntry.key : undefined,
		ticket: kind === 'investor' ? ticket : undefined,
		row: {
			id,
			slug,
			name: label.name,
			kind,
			country: country.code,
			city,
			website: `https://${slug}.example`,
			logo: null,
			description_es: description.es,
			description_en: description.en,
			...bilingualTags(tags),
			created_at: created,
			updated_at: created
		}
	};
}

/** Retries a few compositions for a fresh name; a rare repeat is told apart by its slug. */
function uniqueName(rng: Random, draft: Draft, city: string, theme: Theme): OrganisationName {
	const origin = COUNTRIES[draft.country.code]?.es ?? draft.country.code;
	let label = composeName(rng, draft.kind, draft.country, city, theme);
	for (let attempt = 0; attempt < 6 && draft.names.has(expand(label, origin)); attempt++) {
		label = composeName(rng, draft.kind, draft.country, city, theme);
	}
	const name = expand(label, origin);
	draft.names.claim(name);
	return { ...label, name };
}

function expand(label: OrganisationName, origin: string): string {
	return label.name.replace('{origin}', origin);
}

function pickCountry(rng: Random, kind: OrganisationKind, trade: Set<string>): CountryProfile {
	if (kind === 'small-producer') {
		return rng.chance(0.9) ? PERU : rng.pick(COUNTRY_PROFILES.filter((c) => c.people === 'pe'));
	}
	if (kind === 'public-agency') {
		const open = COUNTRY_PROFILES.filter((c) => c.code !== 'PE' && !trade.has(c.code));
		if (open.length === 0 || rng.chance(0.65)) return PERU;
		const country = rng.pick(open);
		trade.add(country.code);
		return country;
	}
	const weights = Object.fromEntries(COUNTRY_PROFILES.map((c) => [c.code, c.weight]));
	const code = rng.weighted<string>(weights);
	return COUNTRY_PROFILES.find((c) => c.code === code) ?? PERU;
}

function pickThemes(rng: Random, kind: OrganisationKind): Theme[] {
	const weights = themeWeights(kind);
	const primary = rng.weighted<string>(weights);
	const themes = [themeByKey(primary)];
	const extra = kind === 'investor' ? rng.int(1, 2) : rng.chance(0.45) ? 1 : 0;
	for (let i = 0; i < extra; i++) {
		const others = { ...weights, [primary]: 0 };
		const key = rng.weighted<string>(others);
		if (!themes.some((t) => t.key === key)) themes.push(themeByKey(key));
	}
	return themes;
}

/** The primary theme's sectors first, then the others' primary sectors; three at most. */
function sectorsOf(themes: Theme[]): string[] {
	const [primary, ...rest] = themes;
	return unique([...primary.sectors, ...rest.map((t) => t.sectors[0])]).slice(0, 3);
}

function unique<T>(items: T[]): T[] {
	return [...new Set(items)];
}
