/**
 * Recommendation scoring (pure). The score of a pair is symmetric: what A offers and B seeks
 * and the reverse, the compatibility of their kinds, shared sectors and TF-IDF cosine over
 * their texts in both languages. See `matching/` for the parts.
 */
import { explain } from './matching/explain';
import { buildMatchIndex, buildMatchIndexSteps, type MatchIndex } from './matching/match-index';
import { combine, topCandidates } from './matching/recommend';
import type { Recommendation, RecommendationFilter } from './matching/types';
import type { SparseVector } from './matching/vectors';
import { matchingTerms } from './matching/terms';

export { buildMatchIndex, buildMatchIndexSteps, type MatchIndex };
export type {
	MatchParticipant,
	MatchReason,
	Recommendation,
	RecommendationFilter
} from './matching/types';
export { VOCABULARY, PRODUCER_NEED_KEYS, termLabel, vocabularyItem } from './matching/vocabulary';

/** The best `limit` partners for participant `id` (empty when they are not in the index). */
export function recommend(
	index: MatchIndex,
	id: number,
	options: { limit?: number; filter?: RecommendationFilter } = {}
): Recommendation[] {
	const position = index.position.get(id);
	if (position === undefined) return [];
	return topCandidates(index, position, options.limit ?? 20, options.filter).map((c) => ({
		id: index.people[c.position].participant.id,
		score: c.score,
		reasons: explain(index, position, c.position)
	}));
}

function prunedDot(index: MatchIndex, a: SparseVector, b: SparseVector, pruned: boolean): number {
	const weights = new Map<number, number>();
	for (let k = 0; k < a.ids.length; k++) weights.set(a.ids[k], a.weights[k]);
	let sum = 0;
	for (let k = 0; k < b.ids.length; k++) {
		const id = b.ids[k];
		if (pruned && index.textPostings.docs[id].length === 0) continue;
		sum += (weights.get(id) ?? 0) * b.weights[k];
	}
	return sum;
}

/** The score of one pair, equal to what `recommend` ranks by; symmetric by construction. */
export function pairScore(index: MatchIndex, aId: number, bId: number): number {
	const pa = index.position.get(aId);
	const pb = index.position.get(bId);
	if (pa === undefined || pb === undefined) return 0;
	const a = index.people[pa];
	const b = index.people[pb];
	return combine(index, pa, pb, {
		text: prunedDot(index, a.text, b.text, true),
		offerSeek: prunedDot(index, a.offerVec, b.seekVec, false),
		seekOffer: prunedDot(index, a.seekVec, b.offerVec, false)
	});
}

/** Reasons for showing `partnerId` to `viewerId`. */
export function explainPair(index: MatchIndex, viewerId: number, partnerId: number) {
	const viewer = index.position.get(viewerId);
	const partner = index.position.get(partnerId);
	return viewer === undefined || partner === undefined ? [] : explain(index, viewer, partner);
}

/**
 * People who offer something `id` seeks (a tool for a need, say), best score first. The
 * small-producer track guarantees a place to these among the first recommendations.
 */
export function providersFor(
	index: MatchIndex,
	id: number,
	limit: number,
	filter: RecommendationFilter = {}
): Recommendation[] {
	const position = index.position.get(id);
	if (position === undefined) return [];
	const me = index.people[position];
	if (me.seeks.length === 0) return [];
	const found: Recommendation[] = [];
	for (let doc = 0; doc < index.people.length; doc++) {
		const other = index.people[doc];
		if (doc === position || filter.exclude?.has(other.participant.id)) continue;
		if (matchingTerms(other.offers, me.seeks, 1).length === 0) continue;
		found.push({
			id: other.participant.id,
			score: pairScore(index, id, other.participant.id),
			reasons: explain(index, position, doc)
		});
	}
	return found.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
}
