/**
 * Benchmark queries drawn from a realistic vocabulary: the words of the indexed documents
 * themselves (the generator's domain words and its long tail of rare words) and of the demo
 * event, weighted by how often they occur, as visitors type the words they read. Measured
 * queries and warm-up queries come from different seeds, so no measured query is warm.
 */
import { CORE_SECTORS } from '../../src/lib/domain/taxonomy';
import type { SearchDocument } from '../../src/lib/server/search/engine';
import { planDemoEvent } from '../../src/lib/server/seed/plan';
import { mulberry32, type BenchQuery } from './search-data';

const WORD = /[\p{L}\p{N}]+/gu;

export interface Vocabulary {
	/** Distinct words of 3 letters or more, each repeated once per occurrence (a frequency urn). */
	urn: string[];
	distinct: number;
}

function addWords(counts: Map<string, number>, text: string) {
	for (const match of text.toLowerCase().matchAll(WORD)) {
		const word = match[0];
		if (word.length >= 3 && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
}

export function buildVocabulary(documents: SearchDocument[]): Vocabulary {
	const counts = new Map<string, number>();
	for (const d of documents) {
		addWords(counts, `${d.title_es} ${d.title_en} ${d.summary_es} ${d.summary_en}`);
		addWords(counts, d.tags.join(' '));
	}
	const demo = planDemoEvent(2027, 'small', 'not-a-hash');
	for (const o of demo.organisations) {
		addWords(counts, `${o.row.name} ${o.row.description_es ?? ''} ${o.row.description_en ?? ''}`);
	}
	for (const i of demo.innovations) {
		addWords(counts, `${i.title_es} ${i.title_en} ${i.summary_es} ${i.summary_en}`);
	}
	// Cap each word's weight so the commonest few do not crowd out the long tail.
	const urn: string[] = [];
	for (const [word, n] of counts) for (let k = 0; k < Math.min(n, 40); k++) urn.push(word);
	return { urn, distinct: counts.size };
}

/** One or two typos the way thumbs make them (swap, drop, double), in words long enough. */
function typo(rnd: () => number, word: string): string {
	const i = 1 + Math.floor(rnd() * (word.length - 2));
	const r = rnd();
	if (r < 0.33) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
	if (r < 0.66) return word.slice(0, i) + word.slice(i + 1);
	return word.slice(0, i) + word[i] + word.slice(i);
}

const KINDS = ['exact', 'typo', 'prefix', 'two-words', 'three-words'] as const;

/**
 * `n` text queries (never empty) over the vocabulary, half of them with facet filters, and
 * `browse` empty queries (facets only), which are cached by the engine and reported apart.
 */
export function realisticQueries(
	vocabulary: Vocabulary,
	seed: number,
	n: number
): { text: BenchQuery[]; browse: BenchQuery[] } {
	const rnd = mulberry32(seed);
	const pick = (minLength = 3) => {
		for (;;) {
			const w = vocabulary.urn[Math.floor(rnd() * vocabulary.urn.length)];
			if (w.length >= minLength) return w;
		}
	};
	const facets = (params: Record<string, string | string[]>) => {
		if (rnd() < 0.5) return false;
		params.sector = [CORE_SECTORS[Math.floor(rnd() * 5)]];
		if (rnd() < 0.5) params.country = rnd() < 0.5 ? ['PE'] : ['PE', 'CL'];
		if (rnd() < 0.3) params.type = 'innovation';
		return true;
	};
	const text = Array.from({ length: n }, (_, i) => {
		const kind = KINDS[i % KINDS.length];
		const q =
			kind === 'exact'
				? pick()
				: kind === 'typo'
					? typo(rnd, pick(5))
					: kind === 'prefix'
						? pick(5).slice(0, 3 + Math.floor(rnd() * 3))
						: kind === 'two-words'
							? `${pick()} ${pick()}`
							: `${pick()} ${pick()} ${pick()}`;
		const params: Record<string, string | string[]> = { q };
		return { kind: facets(params) ? `${kind}+facets` : kind, params };
	});
	const browse = Array.from({ length: Math.max(10, Math.round(n / 10)) }, () => {
		const params: Record<string, string | string[]> = { q: '' };
		facets(params);
		return { kind: 'browse', params };
	});
	return { text, browse };
}
