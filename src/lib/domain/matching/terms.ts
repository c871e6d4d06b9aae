/** Offers and seeks as comparable token sets: curated keys in both languages, free tags as written. */
import { matchTokens, foldText } from './text';
import { VOCABULARY, vocabularyItem } from './vocabulary';

/** Folded label text → key, so a free tag that spells a curated label counts as that label. */
const LABEL_TO_KEY = new Map<string, string>();
for (const item of VOCABULARY) {
	for (const text of [item.label.es, item.label.en, ...(item.aliases ?? [])]) {
		LABEL_TO_KEY.set(foldText(text).trim(), item.key);
	}
}

export interface Term {
	/** As stored: a vocabulary key or the free tag. */
	raw: string;
	/** The vocabulary key when the term is (or spells) a curated item. */
	key: string | null;
	/** The curated item's family: a need and the tools that answer it share one. */
	family: string | null;
	/** One token set per language (one for a free tag). */
	alternatives: Set<string>[];
}

export function toTerm(raw: string): Term {
	const key = vocabularyItem(raw) ? raw : (LABEL_TO_KEY.get(foldText(raw).trim()) ?? null);
	const item = key ? vocabularyItem(key) : undefined;
	const texts = item ? [item.label.es, item.label.en] : [raw];
	const alternatives = texts.map((text) => new Set(matchTokens(text)));
	return { raw, key, family: item?.family ?? null, alternatives };
}

/** Features for the sparse vectors: every token plus the key itself, so equal keys weigh most. */
export function termFeatures(term: Term): string[] {
	const features = new Set(term.alternatives.flatMap((set) => [...set]));
	if (term.key) features.add(`key:${term.key}`);
	if (term.family) features.add(`family:${term.family}`);
	return [...features];
}

function dice(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const token of a) if (b.has(token)) shared++;
	return (2 * shared) / (a.size + b.size);
}

/** 1 for the same curated item; otherwise the best Dice overlap across languages. */
export function termSimilarity(a: Term, b: Term): number {
	if (a.key && a.key === b.key) return 1;
	// A tool answers its need: as strong as two of three words in common.
	if (a.family && a.family === b.family) return 0.8;
	let best = 0;
	for (const x of a.alternatives) for (const y of b.alternatives) best = Math.max(best, dice(x, y));
	return best;
}

/** Enough overlap to tell a visitor "they offer what you seek" (two of three words, say). */
export const TERM_MATCH = 0.6;

/** The terms of `offers` that answer some term of `seeks`, best first, at most `limit`. */
export function matchingTerms(offers: Term[], seeks: Term[], limit = 3): string[] {
	const scored: { raw: string; sim: number }[] = [];
	for (const o of offers) {
		let sim = 0;
		for (const s of seeks) sim = Math.max(sim, termSimilarity(o, s));
		if (sim >= TERM_MATCH) scored.push({ raw: o.raw, sim });
	}
	return scored
		.sort((x, y) => y.sim - x.sim)
		.slice(0, limit)
		.map((x) => x.raw);
}
