/**
 * Top-N recommendations. Sparse dot products are accumulated from the inverted lists
 * (only people who share a word or a term are touched); the remaining parts of the score
 * are bit and table look-ups, so one visitor against 5,000 people is a dense loop of
 * arithmetic.
 */
import { KIND_COUNT, KIND_MATRIX } from './kinds';
import { popcount, type MatchIndex } from './match-index';
import type { Postings, SparseVector } from './vectors';
import { NO_LANGUAGE_FACTOR, SCORE_WEIGHTS, type RecommendationFilter } from './types';

interface Scratch {
	text: Float64Array;
	offerSeek: Float64Array;
	seekOffer: Float64Array;
}

const scratches = new WeakMap<MatchIndex, Scratch>();

function scratchFor(index: MatchIndex): Scratch {
	let s = scratches.get(index);
	if (!s) {
		const n = index.people.length;
		s = {
			text: new Float64Array(n),
			offerSeek: new Float64Array(n),
			seekOffer: new Float64Array(n)
		};
		scratches.set(index, s);
	}
	s.text.fill(0);
	s.offerSeek.fill(0);
	s.seekOffer.fill(0);
	return s;
}

function accumulate(into: Float64Array, vector: SparseVector, postings: Postings): void {
	for (let k = 0; k < vector.ids.length; k++) {
		const docs = postings.docs[vector.ids[k]];
		const weights = postings.weights[vector.ids[k]];
		const w = vector.weights[k];
		for (let j = 0; j < docs.length; j++) into[docs[j]] += w * weights[j];
	}
}

/** The weighted sum of four symmetric parts, on a 0..100 scale with one decimal. */
export function combine(
	index: MatchIndex,
	a: number,
	b: number,
	parts: { text: number; offerSeek: number; seekOffer: number }
): number {
	const sa = index.sectorMasks[a];
	const sb = index.sectorMasks[b];
	const union = popcount(sa | sb);
	const sector = union ? popcount(sa & sb) / union : 0;
	const offerSeek = Math.min(1, (parts.offerSeek + parts.seekOffer) / 2);
	const raw =
		SCORE_WEIGHTS.offerSeek * offerSeek +
		SCORE_WEIGHTS.text * Math.min(1, parts.text) +
		SCORE_WEIGHTS.sector * sector +
		SCORE_WEIGHTS.kind * KIND_MATRIX[index.kinds[a] * KIND_COUNT + index.kinds[b]];
	return Math.round(raw * (shareLanguage(index, a, b) ? 1 : NO_LANGUAGE_FACTOR) * 1000) / 10;
}

export function shareLanguage(index: MatchIndex, a: number, b: number): boolean {
	const la = index.languageMasks[a];
	const lb = index.languageMasks[b];
	return la === 0 || lb === 0 || (la & lb) !== 0;
}

function passes(index: MatchIndex, position: number, filter: RecommendationFilter): boolean {
	const p = index.people[position].participant;
	if (filter.exclude?.has(p.id)) return false;
	if (filter.kinds?.length && !(p.kind && filter.kinds.includes(p.kind))) return false;
	if (filter.countries?.length && !(p.country && filter.countries.includes(p.country)))
		return false;
	if (filter.sectors?.length && !p.sectors.some((s) => filter.sectors!.includes(s))) return false;
	return true;
}

interface Ranked {
	position: number;
	score: number;
}

/** Best `limit` partners for the participant at `position`, score first, then lower id. */
export function topCandidates(
	index: MatchIndex,
	position: number,
	limit: number,
	filter: RecommendationFilter = {}
): Ranked[] {
	const s = scratchFor(index);
	const me = index.people[position];
	accumulate(s.text, me.text, index.textPostings);
	accumulate(s.offerSeek, me.offerVec, index.seekPostings);
	accumulate(s.seekOffer, me.seekVec, index.offerPostings);
	const best: Ranked[] = [];
	for (let doc = 0; doc < index.people.length; doc++) {
		if (doc === position) continue;
		const parts = { text: s.text[doc], offerSeek: s.offerSeek[doc], seekOffer: s.seekOffer[doc] };
		const score = combine(index, position, doc, parts);
		// Ties keep the earlier (lower position) entry, so a later equal score is not better.
		if (best.length === limit && score <= best[limit - 1].score) continue;
		if (!passes(index, doc, filter)) continue;
		insertTop(best, { position: doc, score }, limit);
	}
	return best;
}

function insertTop(best: Ranked[], item: Ranked, limit: number): void {
	let i = best.length;
	best.push(item);
	while (i > 0 && item.score > best[i - 1].score) {
		best[i] = best[i - 1];
		i--;
	}
	best[i] = item;
	if (best.length > limit) best.pop();
}
