import type { OrganisationKind } from '../../db/schema';
import { AUTOMATION_THEMES } from './themes-automation';
import { CIRCULAR_THEMES } from './themes-circular';
import { ENERGY_THEMES } from './themes-energy';
import { TRACEABILITY_THEMES } from './themes-traceability';
import type { Theme } from './types';

export const THEMES: Theme[] = [
	...AUTOMATION_THEMES,
	...ENERGY_THEMES,
	...CIRCULAR_THEMES,
	...TRACEABILITY_THEMES
];

const BY_KEY = new Map(THEMES.map((t) => [t.key, t]));

export function theme(key: string): Theme {
	const found = BY_KEY.get(key);
	if (!found) throw new Error(`Unknown demo theme ${key}`);
	return found;
}

const SMALL_SCALE = ['traceable-gold', 'mercury-free-gold', 'formalisation'];
const PUBLIC_INTEREST = [
	'formalisation',
	'tailings-monitoring',
	'water-recycling',
	'mine-closure',
	'dust-air-quality',
	'renewable-ppa',
	'traceable-gold'
];

/** How likely each kind of organisation works on each theme. */
export function themeWeights(kind: OrganisationKind): Record<string, number> {
	const weights: Record<string, number> = {};
	for (const t of THEMES) {
		const smallScale = SMALL_SCALE.includes(t.key);
		weights[t.key] = kindWeight(kind, t.key, smallScale);
	}
	return weights;
}

function kindWeight(kind: OrganisationKind, key: string, smallScale: boolean): number {
	if (kind === 'small-producer') return smallScale ? 10 : key === 'solar-microgrid' ? 1 : 0;
	if (kind === 'public-agency') return PUBLIC_INTEREST.includes(key) ? 4 : 1;
	if (kind === 'university' || kind === 'research-centre') return smallScale ? 1.5 : 3;
	return smallScale ? 0.4 : 3;
}
