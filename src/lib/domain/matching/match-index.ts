/** Precomputed vectors and inverted lists over every opted-in participant. */
import { kindIndex } from './kinds';
import { matchTokens } from './text';
import { termFeatures, toTerm, type Term } from './terms';
import type { MatchParticipant } from './types';
import {
	countFeatures,
	documentFrequency,
	FeatureIds,
	invertSteps,
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
	const steps = buildMatchIndexSteps(participants);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * The same build as steps: the generator yields after every `chunk` participants of each
 * pass and between the passes, so that a server can build a large index in slices between
 * other work (`yield` is a safe point: nothing half-built is visible outside).
 */
export function* buildMatchIndexSteps(
	participants: MatchParticipant[],
	chunk = 200
): Generator<void, MatchIndex, void> {
	const features = new FeatureIds();
	const surfaces = new Map<string, string>();
	const n = participants.length;
	function* map<T, R>(list: T[], f: (item: T, i: number) => R): Generator<void, R[], void> {
		const out: R[] = new Array(list.length);
		for (let i = 0; i < list.length; i++) {
			out[i] = f(list[i], i);
			if ((i + 1) % chunk === 0) yield;
		}
		return out;
	}
	const offers = yield* map(participants, (p) => p.offers.map(toTerm));
	const seeks = yield* map(participants, (p) => p.seeks.map(toTerm));
	const textCounts = yield* map(participants, (p) =>
		countFeatures(
			matchTokens(`${p.text} ${p.offers.join(' ')} ${p.seeks.join(' ')}`, surfaces),
			features
		)
	);
	const offerCounts = yield* map(offers, (terms) =>
		countFeatures(terms.flatMap(termFeatures), features)
	);
	const seekCounts = yield* map(seeks, (terms) =>
		countFeatures(terms.flatMap(termFeatures), features)
	);

	const size = features.names.length;
	const textDf = documentFrequency(textCounts, size);
	yield;
	const termDf = documentFrequency([...offerCounts, ...seekCounts], size);
	yield;
	const textVecs = yield* map(textCounts, (c) => tfidf(c, textDf, n));
	const offerVecs = yield* map(offerCounts, (c) => tfidf(c, termDf, 2 * n));
	const seekVecs = yield* map(seekCounts, (c) => tfidf(c, termDf, 2 * n));
	const textPostings = yield* invertSteps(
		textVecs,
		size,
		Math.max(20, n * MAX_TEXT_DF_SHARE),
		chunk * 5
	);
	const offerPostings = yield* invertSteps(offerVecs, size, Infinity, chunk * 5);
	const seekPostings = yield* invertSteps(seekVecs, size, Infinity, chunk * 5);

	const people = yield* map(participants, (participant, i) => ({
		participant,
		offers: offers[i],
		seeks: seeks[i],
		text: textVecs[i],
		offerVec: offerVecs[i],
		seekVec: seekVecs[i]
	}));
	const position = new Map(participants.map((p, i) => [p.id, i]));
	yield;
	return {
		people,
		position,
		textPostings,
		offerPostings,
		seekPostings,
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
