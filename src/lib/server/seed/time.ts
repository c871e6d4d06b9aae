import type { Random } from './random';

/** 2026-08-01T00:00:00Z: the demo's records were created between this and SEED_END. */
const SEED_START = Date.UTC(2026, 7, 1) / 1000;
const SEED_END = Date.UTC(2026, 10, 20) / 1000;

/** A fixed-range timestamp (unix seconds), so that two runs create identical rows. */
export function seedTime(rng: Random, after = SEED_START): number {
	const from = Math.min(after, SEED_END - 3600);
	return from + Math.floor(rng.next() * (SEED_END - from));
}

/** Unix seconds of a local time in Lima (UTC-5, no daylight saving). */
export function limaTime(date: string, hour: number, minute: number): number {
	const [y, m, d] = date.split('-').map(Number);
	return Date.UTC(y, m - 1, d, hour + 5, minute) / 1000;
}
