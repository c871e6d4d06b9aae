/** Precomputed vectors and inverted lists over every opted-in participant. */
import { kindIndex } from './kinds';
import { matchTokens } from './text';
import { termFeatures, toTerm, type Term } from './terms';
import type { MatchParticipant } from './types';
import {
	countFeatures,
	documentFrequency,
	FeatureIds,
	invert,
	tfidf,
	type Postings,
	type SparseVector
} from './vectors';

export interface IndexedParticipant {
	participant: MatchParticipant;
	offers: Term[];
	seeks: Term[];
	text: SparseVector;
	offerVec: SparseVector;
	seekVec: SparseVector;
}

export interface MatchIndex {
	people: IndexedParticipant[];
	position: Map<number, number>;
	textPostings: Postings;
	offerPostings: Postings;
	seekPostings: Postings;
	/** Per position: kind number, sector and language bit sets, for the dense scoring loop. */
	kinds: Int32Array;
	sectorMasks: Int32Array;
	languageMasks: Int32Array;
	features: FeatureIds;
	surfaces: Map<string, string>;
}

/** Words in more than this share of profiles say little and would make every pair a candidate. */
const MAX_TEXT_DF_SHARE = 0.1;

export function buildMatchIndex(participants: MatchParticipant[]): MatchIndex {
	const features = new FeatureIds();
	const surfaces = new Map<string, string>();
	const offers = participants.map((p) => p.offers.map(toTerm));
	const seeks = participants.map((p) => p.seeks.map(toTerm));
	const textCounts = participants.map((p) =>
		countFeatures(
			matchTokens(`${p.text} ${p.offers.join(' ')} ${p.seeks.join(' ')}`, surfaces),
			features
		)
	);
	const offerCounts = offers.map((terms) => countFeatures(terms.flatMap(termFeatures), features));
	const seekCounts = seeks.map((terms) => countFeatures(terms.flatMap(termFeatures), features));

	const n = participants.length;
	const size = features.names.length;
	const textDf = documentFrequency(textCounts, size);
	const termDf = documentFrequency([...offerCounts, ...seekCounts], size);
	const textVecs = textCounts.map((c) => tfidf(c, textDf, n));
	const offerVecs = offerCounts.map((c) => tfidf(c, termDf, 2 * n));
	const seekVecs = seekCounts.map((c) => tfidf(c, termDf, 2 * n));

	return {
		people: participants.map((participant, i) => ({
			participant,
			offers: offers[i],
			seeks: seeks[i],
			text: textVecs[i],
			offerVec: offerVecs[i],
			seekVec: seekVecs[i]
		})),
		position: new Map(participants.map((p, i) => [p.id, i])),
		textPostings: invert(textVecs, size, Math.max(20, n * MAX_TEXT_DF_SHARE)),
		offerPostings: invert(offerVecs, size),
		seekPostings: invert(seekVecs, size),
		kinds: Int32Array.from(participants, (p) => kindIndex(p.kind)),
		sectorMasks: bitSets(participants.map((p) => p.sectors)),
		languageMasks: bitSets(participants.map((p) => p.languages)),
		features,
		surfaces
	};
}

/** Each distinct value gets a bit (values past the 31st share bits: close enough for extras). */
function bitSets(lists: string[][]): Int32Array {
	const bits = new Map<string, number>();
	return Int32Array.from(lists, (list) => {
		let mask = 0;
		for (const value of list) {
			if (!bits.has(value)) bits.set(value, bits.size % 31);
			mask |= 1 << bits.get(value)!;
		}
		return mask;
	});
}

export function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function dot(a: SparseVector, b: SparseVector): number {
	const weights = new Map<number, number>();
	for (let k = 0; k < a.ids.length; k++) weights.set(a.ids[k], a.weights[k]);
	let sum = 0;
	for (let k = 0; k < b.ids.length; k++) sum += (weights.get(b.ids[k]) ?? 0) * b.weights[k];
	return sum;
}
