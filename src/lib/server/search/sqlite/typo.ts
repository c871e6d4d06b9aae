/** Typo tolerance as Meilisearch defines it, over the index's own vocabulary. */

/** One typo from 5 letters, two from 9 (Meilisearch's minWordSizeForTypos defaults). */
export function allowedTypos(word: string): number {
	const length = [...word].length;
	return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions),
 * giving up with `max + 1` as soon as every alignment exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const width = b.length + 1;
	let prev2 = new Array<number>(width).fill(0);
	let prev = Array.from({ length: width }, (_, j) => j);
	let cur = new Array<number>(width).fill(0);
	for (let i = 1; i <= a.length; i++) {
		cur[0] = i;
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d = Math.min(d, prev2[j - 2] + 1);
			}
			cur[j] = d;
			if (d < rowMin) rowMin = d;
		}
		if (rowMin > max) return max + 1;
		[prev2, prev, cur] = [prev, cur, prev2];
	}
	return prev[b.length];
}

/** Distance from `word` to the closest prefix of `term`: how a half-typed word is judged. */
export function prefixDistance(word: string, term: string, max: number): number {
	let best = max + 1;
	const from = Math.max(1, word.length - max);
	const to = Math.min(term.length, word.length + max);
	for (let k = from; k <= to; k++) {
		best = Math.min(best, editDistance(word, term.slice(0, k), max));
		if (best === 0) break;
	}
	return best;
}

/**
 * The trigrams of `^word$`. The padding gives a short word's first and last letters
 * trigrams of their own, so one typo in a 5-letter word still leaves two in common.
 */
export function trigrams(word: string): string[] {
	const padded = `^${word}$`;
	const out = new Set<string>();
	for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
	return [...out];
}
