import type { OrganisationKind } from '../db/schema';
import { MINING_DISTRICTS, PERU_REGIONS, type CountryProfile } from './content/places';
import type { Theme } from './content/types';
import type { Random } from './random';
import { fill } from './text';

export interface OrganisationName {
	name: string;
	/** Short brand placed before product names: "Kuntur Drive". */
	brand: string;
	/** The public agency's mission key, when it is one. */
	mission?: string;
}

const UNIVERSITY_ES = [
	'Universidad Nacional de {city}',
	'Universidad Tecnológica de {city}',
	'Universidad Católica de {city}',
	'Universidad Privada {prefix}',
	'Instituto Tecnológico Superior {prefix}'
];
const UNIVERSITY_EN = [
	'University of {city}',
	'{city} School of Mines',
	'{city} Institute of Technology',
	'{prefix} University'
];
const RESEARCH_ES = [
	'Centro de Investigación Minera {prefix}',
	'Instituto de Innovación en {word} {prefix}',
	'Centro de Excelencia en {word} de {city}'
];
const RESEARCH_EN = [
	'{prefix} Mining Research Centre',
	'{prefix} Institute for {word}',
	'{city} Centre for {word}'
];
const INVESTOR = [
	'{prefix} Ventures',
	'{prefix} Capital',
	'{prefix} Mining Tech Fund',
	'{prefix} Impact Partners',
	'{prefix} Resources Ventures'
];
const INVESTOR_ES = ['Fondo {prefix} de Inversión', 'Red de Inversionistas Ángeles {prefix}'];
const PRODUCER = [
	'Cooperativa Minera {prefix} de {district}',
	'Asociación de Mineros Artesanales {prefix} de {district}',
	'Sociedad Minera Artesanal {prefix} {district} S.R.L.',
	'Asociación de Productores Mineros {prefix} – {district}'
];

export function composeName(
	rng: Random,
	kind: OrganisationKind,
	country: CountryProfile,
	city: string,
	theme: Theme
): OrganisationName {
	const prefix = rng.pick(country.prefixes);
	const word = rng.pick(theme.words)[country.style === 'es' ? 'es' : 'en'];
	const values = { prefix, city, word, district: city };
	const spanish = country.style === 'es';
	switch (kind) {
		case 'university': {
			const name = fill(rng.pick(spanish ? UNIVERSITY_ES : UNIVERSITY_EN), values);
			return { name, brand: acronym(name) };
		}
		case 'research-centre':
			return { name: fill(rng.pick(spanish ? RESEARCH_ES : RESEARCH_EN), values), brand: prefix };
		case 'investor': {
			const bank = spanish && rng.chance(0.4) ? INVESTOR_ES : INVESTOR;
			return { name: fill(rng.pick(bank), values), brand: prefix };
		}
		case 'small-producer':
			return { name: fill(rng.pick(PRODUCER), values), brand: prefix };
		case 'public-agency':
			return agencyName(rng, country, prefix);
		default:
			return { name: businessName(rng, kind, country, prefix, word), brand: prefix };
	}
}

function businessName(
	rng: Random,
	kind: OrganisationKind,
	country: CountryProfile,
	prefix: string,
	word: string
): string {
	if (kind === 'startup' && rng.chance(0.35)) {
		return `${prefix} ${rng.pick(['Labs', 'Tech', 'Analytics', 'Systems', 'Robotics', 'Data'])}`;
	}
	const suffix = kind === 'startup' && rng.chance(0.5) ? '' : ` ${rng.pick(country.suffixes)}`;
	return `${prefix} ${word}${suffix}`;
}

function agencyName(rng: Random, country: CountryProfile, prefix: string): OrganisationName {
	if (country.code !== 'PE') {
		return { name: `Oficina Comercial de {origin} en Lima`, brand: prefix, mission: 'trade' };
	}
	const region = rng.pick(PERU_REGIONS);
	const mission = rng.weighted({ regional: 3, water: 1, innovation: 3 });
	const names: Record<string, string> = {
		regional: `Dirección Regional de Energía y Minas de ${region}`,
		water: `Consejo de Recursos Hídricos de la Cuenca ${rng.pick(BASINS)}`,
		innovation: `Programa ${prefix} de Innovación Minera de ${region}`
	};
	return { name: names[mission], brand: prefix, mission };
}

const BASINS = [
	'Quilca-Chili',
	'Tambo',
	'Camaná-Majes',
	'Ocoña',
	'Caplina',
	'Locumba',
	'Moquegua',
	'Acarí'
];

function acronym(name: string): string {
	return name
		.split(/\s+/)
		.filter((w) => /^[A-ZÁÉÍÓÚ]/.test(w))
		.map((w) => w.normalize('NFD').charAt(0))
		.join('');
}

/** The city an organisation of this kind sits in. */
export function pickCity(rng: Random, kind: OrganisationKind, country: CountryProfile): string {
	if (kind === 'small-producer' && country.code === 'PE') return rng.pick(MINING_DISTRICTS);
	if (kind === 'public-agency' && country.code !== 'PE') return 'Lima';
	if (kind === 'investor') return country.cities[rng.int(0, 1)];
	return rng.pick(country.cities);
}
