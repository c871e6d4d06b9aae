import { stmt, type Raw } from './raw';
import type { Snapshot } from './snapshot';

/** Where a term is looked for: any column, names and titles, or tags and sector names. */
export type Field = 'all' | 'title' | 'tags';

/** Memory for cached posting lists; 8 KB each at 60,000 documents, so about 4,000 of them. */
const CACHE_BYTES = 32 * 1024 * 1024;

/**
 * Posting lists as bitsets over snapshot slots (bit s = the document in browse slot s).
 * Reading the doclist of a word found in 30,000 documents costs FTS5 about 20 ms; the
 * same set as a bitset is 7.5 KB, and AND / OR / counting over it take microseconds. So
 * each quoted term (or prefix) is read from FTS5 once per index version and kept, most
 * recently used first, until the index changes (the snapshot, and this cache, are then
 * replaced). A query of words is an AND of ORs of these sets.
 */
export class Postings {
	readonly words: number;
	private readonly cache = new Map<string, Uint32Array>();
	private readonly capacity: number;

	constructor(
		private readonly raw: Raw,
		readonly snap: Snapshot
	) {
		this.words = Math.ceil(snap.rowids.length / 32) || 1;
		this.capacity = Math.max(64, Math.floor(CACHE_BYTES / (this.words * 4)));
	}

	/** The documents matching one quoted FTS5 term or prefix (`"cobre"`, `"cob"*`) in `field`. */
	bits(option: string, field: Field = 'all'): Uint32Array {
		const key = `${field} ${option}`;
		const hit = this.cache.get(key);
		if (hit) {
			this.cache.delete(key);
			this.cache.set(key, hit);
			return hit;
		}
		const rowids = (
			field === 'all'
				? stmt(this.raw, 'SELECT rowid FROM search_fts WHERE search_fts MATCH ?')
						.pluck()
						.all(option)
				: stmt(this.raw, 'SELECT rowid FROM search_title WHERE search_title MATCH ?')
						.pluck()
						.all(`{${field}} : ${option}`)
		) as number[];
		const set = new Uint32Array(this.words);
		for (const rowid of rowids) {
			const slot = this.snap.slotOf(rowid);
			if (slot >= 0) set[slot >>> 5] |= 1 << (slot & 31);
		}
		if (this.cache.size >= this.capacity) this.cache.delete(this.cache.keys().next().value!);
		this.cache.set(key, set);
		return set;
	}

	/**
	 * Documents matching every group (AND) through any option of the group (OR), each in
	 * any of `fields`: ['title', 'tags'] is every word in a name, title or tag.
	 */
	match(groups: string[][], fields: Field[] = ['all']): Uint32Array {
		const out = new Uint32Array(this.words).fill(0xffffffff);
		for (const options of groups) {
			const any = new Uint32Array(this.words);
			for (const option of options) {
				for (const field of fields) {
					const set = this.bits(option, field);
					for (let i = 0; i < any.length; i++) any[i] |= set[i];
				}
			}
			for (let i = 0; i < out.length; i++) out[i] &= any[i];
		}
		return out;
	}

	/** Number of documents containing `option` (0 once it has left the index). */
	count(option: string): number {
		return popcount(this.bits(option));
	}
}

export function popcount(set: Uint32Array): number {
	let n = 0;
	for (let v of set) {
		v -= (v >>> 1) & 0x55555555;
		v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
		n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
	}
	return n;
}

/** The slots of a set, ascending (browse order), keeping those that pass `keep`. */
export function slotsOf(set: Uint32Array, keep: (slot: number) => boolean, limit: number) {
	const out: number[] = [];
	for (let i = 0; i < set.length; i++) {
		let v = set[i];
		while (v !== 0) {
			const bit = 31 - Math.clz32(v & -v);
			v &= v - 1;
			const slot = i * 32 + bit;
			if (slot < limit && keep(slot)) out.push(slot);
		}
	}
	return out;
}
