import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { TermMatcher } from '../text';
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
const PREFIX_END = '\uffff';

async function existing(db: Db, words: string[]): Promise<Map<string, number>> {
	if (words.length === 0) return new Map();
	const rows = await sql<{ term: string; doc: number }>`
		SELECT term, doc FROM search_vocab WHERE term IN (${sql.join(words)})`.execute(db);
	return new Map(rows.rows.map((r) => [r.term, r.doc]));
}

async function hasPrefix(db: Db, word: string): Promise<boolean> {
	const rows = await sql`SELECT term FROM search_vocab
		WHERE term >= ${word} AND term < ${word + PREFIX_END} LIMIT 1`.execute(db);
	return rows.rows.length > 0;
}

/**
 * Index terms within `budget` typos of `word`: a trigram lookup over the vocabulary finds
 * the few plausible words, the edit distance decides, and search_vocab drops words that
 * have left the index. Closest first, then the most frequent.
 */
export async function typoCandidates(
	db: Db,
	word: string,
	budget: number,
	prefix: boolean
): Promise<{ term: string; distance: number }[]> {
	if (budget <= 0) return [];
	const grams = trigrams(word).filter((g) => !(prefix && g.endsWith('$')));
	if (grams.length === 0) return [];
	const expr = grams.map((g) => `"${g.replace(/"/g, '""')}"`).join(' OR ');
	const found = await sql<{ term: string }>`SELECT term FROM search_term WHERE rowid IN (
		SELECT rowid FROM search_term_tri WHERE search_term_tri MATCH ${expr} ORDER BY rank LIMIT 200)`.execute(
		db
	);
	const close = found.rows
		.map((r) => ({
			term: r.term,
			distance: prefix ? prefixDistance(word, r.term, budget) : editDistance(word, r.term, budget)
		}))
		.filter((c) => c.distance <= budget && c.term !== word);
	const docs = await existing(
		db,
		close.map((c) => c.term)
	);
	return close
		.filter((c) => docs.has(c.term))
		.sort((a, b) => a.distance - b.distance || (docs.get(b.term) ?? 0) - (docs.get(a.term) ?? 0))
		.slice(0, MAX_CANDIDATES);
}

/** Decides, for each word, which index terms it matches. */
export async function planTerms(db: Db, words: string[]): Promise<TermPlan[]> {
	const known = await existing(db, words);
	const plans: TermPlan[] = [];
	for (const [i, word] of words.entries()) {
		const last = i === words.length - 1;
		// A one-letter prefix matches nearly every document and ranks none of them.
		const prefix = last && word.length >= 2 && (await hasPrefix(db, word));
		if (known.has(word) || prefix) {
			plans.push({ word, terms: known.has(word) ? [word] : [], prefix });
			continue;
		}
		const candidates = await typoCandidates(db, word, allowedTypos(word), last);
		plans.push({ word, terms: candidates.map((c) => c.term), prefix: false });
	}
	return plans;
}

export function isDead(plan: TermPlan): boolean {
	return plan.terms.length === 0 && !plan.prefix;
}

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** An FTS5 expression in which every term is quoted: user text never reaches MATCH syntax. */
export function matchExpression(plans: TermPlan[]): string {
	return plans
		.map((p) => {
			const options = p.terms.map(quote);
			if (p.prefix) options.unshift(`${quote(p.word)}*`);
			return options.length === 1 ? options[0] : `(${options.join(' OR ')})`;
		})
		.join(' AND ');
}

export function termMatcher(plans: TermPlan[]): TermMatcher {
	const exact = new Set(plans.flatMap((p) => p.terms));
	const prefixes = plans.filter((p) => p.prefix).map((p) => p.word);
	return (word) => exact.has(word) || prefixes.some((p) => word.startsWith(p));
}

/** "Did you mean": each word replaced by its best correction, one typo more lenient. */
export async function suggestQuery(db: Db, words: string[]): Promise<string | null> {
	const known = await existing(db, words);
	let changed = false;
	const out: string[] = [];
	for (const word of words) {
		if (known.has(word) || word.length < 3) {
			out.push(word);
			continue;
		}
		const [best] = await typoCandidates(db, word, allowedTypos(word) + 1, false);
		changed ||= Boolean(best);
		out.push(best?.term ?? word);
	}
	return changed ? out.join(' ') : null;
}
