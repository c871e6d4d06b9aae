/** Sparse, L2-normalised vectors and the inverted lists that make scoring sub-quadratic. */

export interface SparseVector {
	ids: Int32Array;
	weights: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** Interns feature strings as small integers, shared by every bag of one index. */
export class FeatureIds {
	private readonly ids = new Map<string, number>();
	readonly names: string[] = [];

	id(name: string): number {
		let id = this.ids.get(name);
		if (id === undefined) {
			id = this.names.length;
			this.ids.set(name, id);
			this.names.push(name);
		}
		return id;
	}
}

/** Counts per feature id for one document. */
export function countFeatures(features: string[], dict: FeatureIds): Map<number, number> {
	const counts = new Map<number, number>();
	for (const f of features) {
		const id = dict.id(f);
		counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return counts;
}

/** Document frequency of every feature over a collection of count maps. */
export function documentFrequency(docs: Map<number, number>[], size: number): Float64Array {
	const df = new Float64Array(size);
	for (const doc of docs) for (const id of doc.keys()) df[id] += 1;
	return df;
}

/** TF-IDF (log-scaled tf, smoothed idf), L2-normalised. */
export function tfidf(counts: Map<number, number>, df: Float64Array, n: number): SparseVector {
	const ids = new Int32Array(counts.size);
	const weights = new Float64Array(counts.size);
	let i = 0;
	let norm = 0;
	for (const [id, tf] of counts) {
		const w = (1 + Math.log(tf)) * Math.log(1 + n / (1 + df[id]));
		ids[i] = id;
		weights[i] = w;
		norm += w * w;
		i++;
	}
	norm = Math.sqrt(norm) || 1;
	for (let k = 0; k < weights.length; k++) weights[k] /= norm;
	return { ids, weights };
}

/** feature id → (document, weight) lists; features in more than `maxDf` documents are left out. */
export function invert(vectors: SparseVector[], size: number, maxDf = Infinity) {
	const steps = invertSteps(vectors, size, maxDf, Infinity);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** `invert` as steps: yields after every `chunk` vectors (and features) it went through. */
export function* invertSteps(
	vectors: SparseVector[],
	size: number,
	maxDf = Infinity,
	chunk = 1000
): Generator<void, { docs: Int32Array[]; weights: Float64Array[] }, void> {
	const lengths = new Int32Array(size);
	for (let doc = 0; doc < vectors.length; doc++) {
		for (const id of vectors[doc].ids) lengths[id]++;
		if ((doc + 1) % chunk === 0) yield;
	}
	const docs: Int32Array[] = [];
	const weights: Float64Array[] = [];
	for (let id = 0; id < size; id++) {
		const len = lengths[id] <= maxDf ? lengths[id] : 0;
		docs.push(new Int32Array(len));
		weights.push(new Float64Array(len));
		if ((id + 1) % (chunk * 20) === 0) yield;
	}
	const fill = new Int32Array(size);
	for (let doc = 0; doc < vectors.length; doc++) {
		const v = vectors[doc];
		for (let k = 0; k < v.ids.length; k++) {
			const id = v.ids[k];
			if (docs[id].length === 0) continue;
			docs[id][fill[id]] = doc;
			weights[id][fill[id]++] = v.weights[k];
		}
		if ((doc + 1) % chunk === 0) yield;
	}
	return { docs, weights };
}

export type Postings = ReturnType<typeof invert>;
