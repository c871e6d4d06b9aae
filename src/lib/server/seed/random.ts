/** A small seeded PRNG (mulberry32): the same seed always yields the same demo event. */
export class Random {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('Random.pick: empty list');
		return items[Math.floor(this.next() * items.length)];
	}

	/** Picks a key in proportion to its weight. */
	weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
		const entries = Object.entries(weights) as [K, number][];
		const total = entries.reduce((sum, [, w]) => sum + w, 0);
		let roll = this.next() * total;
		for (const [key, w] of entries) {
			roll -= w;
			if (roll < 0) return key;
		}
		return entries[entries.length - 1][0];
	}

	shuffle<T>(items: readonly T[]): T[] {
		const copy = [...items];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[copy[i], copy[j]] = [copy[j], copy[i]];
		}
		return copy;
	}

	/** Up to `count` distinct items, in random order. */
	sample<T>(items: readonly T[], count: number): T[] {
		return this.shuffle(items).slice(0, count);
	}

	/** A child generator, so one section's draws do not shift another's. */
	fork(label: string): Random {
		let h = this.state ^ 0x9e3779b9;
		for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
		return new Random(h);
	}
}
