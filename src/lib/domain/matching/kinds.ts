/** How promising a meeting between two kinds of organisation is, 0..1, symmetric. */
import type { OrganisationKindKey } from '../taxonomy';

type Kind = OrganisationKindKey;

const PAIRS: [Kind, Kind, number][] = [
	['investor', 'startup', 1],
	['university', 'company', 0.9],
	['research-centre', 'company', 0.9],
	['small-producer', 'company', 0.9],
	['small-producer', 'startup', 0.9],
	['public-agency', 'small-producer', 0.85],
	['startup', 'company', 0.8],
	['investor', 'company', 0.6],
	['university', 'startup', 0.6],
	['research-centre', 'startup', 0.6],
	['public-agency', 'company', 0.5],
	['university', 'research-centre', 0.5],
	['public-agency', 'university', 0.4],
	['company', 'company', 0.4],
	['startup', 'startup', 0.3]
];

const TABLE = new Map<string, number>();
for (const [a, b, value] of PAIRS) {
	TABLE.set(`${a}|${b}`, value);
	TABLE.set(`${b}|${a}`, value);
}

/** Pairs not listed meet for general networking: a small baseline. */
const BASELINE = 0.15;

export function kindAffinity(a: string | null, b: string | null): number {
	if (!a || !b) return BASELINE;
	return TABLE.get(`${a}|${b}`) ?? BASELINE;
}

const KINDS = [...new Set(PAIRS.flatMap(([a, b]) => [a, b]))];

/** Kinds as small integers and the table as a flat array, for the scoring inner loop. */
export function kindIndex(kind: string | null): number {
	const i = kind ? KINDS.indexOf(kind as Kind) : -1;
	return i < 0 ? KINDS.length : i;
}

export const KIND_COUNT = KINDS.length + 1;

export const KIND_MATRIX: Float64Array = (() => {
	const m = new Float64Array(KIND_COUNT * KIND_COUNT).fill(BASELINE);
	KINDS.forEach((a, i) => KINDS.forEach((b, j) => (m[i * KIND_COUNT + j] = kindAffinity(a, b))));
	return m;
})();

/** Pairs worth a sentence of their own in the explanation. */
export function isStrongKindPair(a: string | null, b: string | null): boolean {
	return kindAffinity(a, b) >= 0.8;
}
