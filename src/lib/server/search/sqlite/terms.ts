import type { TermMatcher } from '../text';
import type { Postings } from './postings';
import { stmt, type Raw } from './raw';
import { allowedTypos, editDistance, prefixDistance, trigrams } from './typo';

/** How one word of the query is matched. */
export interface TermPlan {
	word: string;
	/** Exact index terms that count as this word (the word itself, or typo corrections). */
	terms: string[];
	/** Also match any term starting with `word` (the last word, as the user types it). */
	prefix: boolean;
}

const MAX_CANDIDATES = 4;
const MAX_COUNTED = 6;

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** The words that are in the index now (their posting lists are needed next anyway). */
function present(postings: Postings, words: string[]): Set<string> {
	return new Set(words.filter((w) => postings.count(quote(w)) > 0));
}

/** Read as a posting list: FTS5 merges a prefix's whole doclist even for LIMIT 1. */
function hasPrefix(postings: Postings, word: string): boolean {
	return postings.count(`${quote(word)}*`) > 0;
}

/**
 * Index terms within `budget` typos of `word`: a trigram lookup over the vocabulary finds
 * the few plausible words, the edit distance decides, and search_vocab drops words that
 * have left the index. Closest first, then the most frequent.
 */
export function typoCandidates(
	raw: Raw,
	postings: Postings,
	word: string,
	budget: number,
	prefix: boolean
): { term: string; distance: number }[] {
	if (budget <= 0) return [];
	const grams = trigrams(word).filter((g) => !(prefix && g.endsWith('$')));
	if (grams.length === 0) return [];
	const expr = grams.map((g) => `"${g.replace(/"/g, '""')}"`).join(' OR ');
	const found = stmt(
		raw,
		`SELECT term FROM search_term WHERE rowid IN (SELECT rowid FROM search_term_tri
			WHERE search_term_tri MATCH ? ORDER BY rank LIMIT 200)`
	)
		.pluck()
		.all(expr) as string[];
	const close = found
		.map((term) => ({
			term,
			distance: prefix ? prefixDistance(word, term, budget) : editDistance(word, term, budget)
		}))
		.filter((c) => c.distance <= budget && c.term !== word);
	// Counting a candidate reads its posting list (cached, since the query uses it next):
	// only the closest few are counted, to order them by frequency and drop departed words.
	const closest = close.sort((a, b) => a.distance - b.distance).slice(0, MAX_COUNTED);
	const docs = new Map(closest.map((c) => [c.term, postings.count(quote(c.term))]));
	return closest
		.filter((c) => (docs.get(c.term) ?? 0) > 0)
		.sort((a, b) => a.distance - b.distance || (docs.get(b.term) ?? 0) - (docs.get(a.term) ?? 0))
		.slice(0, MAX_CANDIDATES);
}

/** Decides, for each word, which index terms it matches. */
export function planTerms(raw: Raw, postings: Postings, words: string[]): TermPlan[] {
	return words.map((word, i) => {
		const last = i === words.length - 1;
		// A one-letter prefix matches nearly every document and ranks none of them.
		// The prefix covers the word itself, so its own posting list is not read at all.
		if (last && word.length >= 2 && hasPrefix(postings, word))
			return { word, terms: [], prefix: true };
		if (present(postings, [word]).size) return { word, terms: [word], prefix: false };
		const candidates = typoCandidates(raw, postings, word, allowedTypos(word), last);
		return { word, terms: candidates.map((c) => c.term), prefix: false };
	});
}

export function isDead(plan: TermPlan): boolean {
	return plan.terms.length === 0 && !plan.prefix;
}

/** The quoted FTS5 terms that count as this word: user text never reaches MATCH syntax. */
export function optionsOf(plan: TermPlan): string[] {
	const options = plan.terms.map(quote);
	if (plan.prefix) options.unshift(`${quote(plan.word)}*`);
	return options;
}

/** The FTS5 expression of the whole query: every word, through any of its options. */
export function matchExpression(plans: TermPlan[]): string {
	return plans
		.map(optionsOf)
		.map((options) => (options.length === 1 ? options[0] : `(${options.join(' OR ')})`))
		.join(' AND ');
}

export function termMatcher(plans: TermPlan[]): TermMatcher {
	const exact = new Set(plans.flatMap((p) => p.terms));
	const prefixes = plans.filter((p) => p.prefix).map((p) => p.word);
	return (word) => exact.has(word) || prefixes.some((p) => word.startsWith(p));
}

/** "Did you mean": each word replaced by its best correction, one typo more lenient. */
export function suggestQuery(raw: Raw, postings: Postings, words: string[]): string | null {
	const known = present(postings, words);
	let changed = false;
	const out: string[] = [];
	for (const word of words) {
		if (known.has(word) || word.length < 3) {
			out.push(word);
			continue;
		}
		const [best] = typoCandidates(raw, postings, word, allowedTypos(word) + 1, false);
		changed ||= Boolean(best);
		out.push(best?.term ?? word);
	}
	return changed ? out.join(' ') : null;
}
