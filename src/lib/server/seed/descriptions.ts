import { COUNTRIES } from '../../domain/taxonomy';
import type { OrganisationKind } from '../db/schema';
import {
	AGENCY_MISSIONS,
	CLOSINGS,
	OPENINGS,
	SMALL_PRODUCER_NEEDS
} from './content/organisation-text';
import type { Bilingual, Theme } from './content/types';
import { fillBoth, joinBoth, merge, themeValues, type BilingualValues } from './phrases';
import type { Random } from './random';

export interface DescribedOrganisation {
	kind: OrganisationKind;
	name: string;
	city: string;
	country: string;
	themes: Theme[];
	mission?: string;
	ticket?: string;
	stage?: { es: string; en: string };
}

const SIZES: Record<OrganisationKind, [number, number]> = {
	company: [25, 450],
	startup: [5, 28],
	investor: [6, 40],
	university: [3, 12],
	'research-centre': [3, 15],
	'small-producer': [12, 300],
	'public-agency': [10, 80]
};

/** A Spanish and an English description that say the same thing, each read naturally. */
export function describeOrganisation(rng: Random, org: DescribedOrganisation): Bilingual {
	const [primary, secondary] = org.themes;
	const values = merge(baseValues(rng, org), themeValues(rng, primary));
	const parts: Bilingual[] = [fillBoth(opening(rng, org), values)];
	if (org.kind === 'small-producer') {
		parts.push(SMALL_PRODUCER_NEEDS[primary.key] ?? SMALL_PRODUCER_NEEDS.formalisation);
	} else if (org.kind !== 'investor' && org.kind !== 'public-agency') {
		parts.push(...technicalSentences(rng, primary, secondary, values));
	}
	parts.push(fillBoth(rng.pick(CLOSINGS[org.kind]), values));
	return joinBoth(parts);
}

/** Openings that repeat the city or call a company an association are left out. */
function opening(rng: Random, org: DescribedOrganisation): Bilingual {
	const [first, second] = OPENINGS[org.kind];
	if (org.kind === 'university' || org.kind === 'research-centre') {
		return org.name.includes(org.city) ? second : first;
	}
	if (org.kind === 'small-producer')
		return /^(Asociación|Cooperativa)/.test(org.name) ? first : second;
	return rng.pick(OPENINGS[org.kind]);
}

function technicalSentences(
	rng: Random,
	primary: Theme,
	secondary: Theme | undefined,
	values: BilingualValues
): Bilingual[] {
	const details = rng.shuffle(primary.details).slice(0, rng.int(1, 2));
	const sentences = details.map((d) => fillBoth(d, values));
	if (secondary) {
		sentences.push({
			es: `También ${secondary.activity.es}.`,
			en: `It also ${secondary.activity.en}.`
		});
	}
	return sentences;
}

function baseValues(rng: Random, org: DescribedOrganisation): BilingualValues {
	const country = COUNTRIES[org.country] ?? { es: org.country, en: org.country };
	const activity = org.mission ? AGENCY_MISSIONS[org.mission] : org.themes[0].activity;
	const startYear = org.kind === 'startup' ? 2017 : 1988;
	return {
		shared: {
			name: org.name,
			city: org.city,
			year: rng.int(startYear, 2025),
			size: rng.int(...SIZES[org.kind]),
			ticket: org.ticket ?? 'USD 0.5–2 M'
		},
		es: {
			country: country.es,
			origin: country.es,
			activity: fillOrigin(activity.es, country.es),
			stage: org.stage?.es ?? 'semilla'
		},
		en: {
			country: country.en,
			origin: country.en,
			activity: fillOrigin(activity.en, country.en),
			stage: org.stage?.en ?? 'seed'
		}
	};
}

function fillOrigin(text: string, origin: string): string {
	return text.replace('{origin}', origin);
}
