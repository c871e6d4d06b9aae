/** Recommendation benchmark: top 20 for each of 5,000 generated participants. */
import { buildMatchIndex, recommend, VOCABULARY } from '../../src/lib/domain/scoring';
import type { MatchParticipant } from '../../src/lib/domain/scoring';
import { ORGANISATION_KINDS, CORE_SECTORS } from '../../src/lib/domain/taxonomy';

export interface BenchFigure {
	name: string;
	value: number | string;
	unit?: string;
	target?: string;
	pass?: boolean;
}

function mulberry32(seed: number): () => number {
	let t = seed >>> 0;
	return () => {
		t = (t + 0x6d2b79f5) | 0;
		let x = Math.imul(t ^ (t >>> 15), 1 | t);
		x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
		return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
	};
}

/** A Zipf-like vocabulary: a few words are common, most are rare, as in real descriptions. */
function makeWords(rnd: () => number, count: number): string[] {
	const syllables = ['ra', 'mi', 'to', 'ca', 'le', 'sol', 'ter', 'min', 'al', 'for', 'gen', 'tra'];
	return Array.from({ length: count }, () => {
		let w = '';
		const len = 2 + Math.floor(rnd() * 3);
		for (let i = 0; i < len; i++) w += syllables[Math.floor(rnd() * syllables.length)];
		return w;
	});
}

export function generateParticipants(n: number, seed = 7): MatchParticipant[] {
	const rnd = mulberry32(seed);
	const words = makeWords(rnd, 6000);
	const zipf = () => words[Math.floor(words.length * Math.pow(rnd(), 2.5))];
	const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
	return Array.from({ length: n }, (_, i) => ({
		id: i + 1,
		kind: pick(ORGANISATION_KINDS),
		country: pick(['PE', 'PE', 'PE', 'CL', 'CA', 'AU', 'DE', 'US']),
		sectors: [pick(CORE_SECTORS), ...(rnd() < 0.5 ? [pick(CORE_SECTORS)] : [])],
		offers: Array.from({ length: 3 }, () =>
			rnd() < 0.7 ? pick(VOCABULARY).key : `${zipf()} ${zipf()}`
		),
		seeks: Array.from({ length: 3 }, () =>
			rnd() < 0.7 ? pick(VOCABULARY).key : `${zipf()} ${zipf()}`
		),
		languages: rnd() < 0.8 ? ['es'] : ['es', 'en'],
		text: Array.from({ length: 60 }, zipf).join(' ')
	}));
}

export async function runRecommendationBench(): Promise<BenchFigure[]> {
	const participants = generateParticipants(5000);
	const started = performance.now();
	const index = buildMatchIndex(participants);
	const built = performance.now();
	let shown = 0;
	for (const p of participants) shown += recommend(index, p.id, { limit: 20 }).length;
	const total = (performance.now() - started) / 1000;
	return [
		{
			name: 'recommendations: index build (5,000 participants)',
			value: round((built - started) / 1000),
			unit: 's'
		},
		{
			name: 'recommendations: top 20 for 5,000 participants',
			value: round(total),
			unit: 's',
			target: '<= 10 s',
			pass: total <= 10
		},
		{
			name: 'recommendations: average shown per participant',
			value: round(shown / participants.length)
		}
	];
}

const round = (x: number) => Math.round(x * 100) / 100;

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const f of await runRecommendationBench()) {
		console.log(
			`${f.name}: ${f.value}${f.unit ? ` ${f.unit}` : ''}${f.target ? ` (target ${f.target}, ${f.pass ? 'pass' : 'FAIL'})` : ''}`
		);
	}
}
