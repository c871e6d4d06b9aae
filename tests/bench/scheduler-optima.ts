/** The cache of proven optima (scripts/scheduler-optima.ts writes it, the benchmark reads it). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { SchedulerInstance } from '../../src/lib/domain/scheduler/index';

export const OPTIMA_FILE = 'scheduler-optima.json';
/** Events up to this size get a proven optimum; HiGHS needs minutes beyond it. */
export const OPTIMUM_MAX_REQUESTS = 2_000;

export interface CachedOptimum {
	requests: number;
	/** sha256 of the instance JSON: a changed generator makes the entry stale. */
	fingerprint: string;
	optimum: number;
	dualBound: number;
	/** HiGHS branch and bound from scratch to the proof, WebAssembly load included. */
	highsMillis: number;
	machine: string;
	computedAt: string;
}

export type OptimaCache = Record<string, CachedOptimum>;

export function fingerprint(instance: SchedulerInstance): string {
	return createHash('sha256').update(JSON.stringify(instance)).digest('hex').slice(0, 16);
}

/** The cached optimum of `key`; throws (the benchmark fails loudly) when missing or stale. */
export function cachedOptimum(key: string, instance: SchedulerInstance): CachedOptimum {
	const file = new URL(`./${OPTIMA_FILE}`, import.meta.url);
	let cache: OptimaCache;
	try {
		cache = JSON.parse(readFileSync(file, 'utf8')) as OptimaCache;
	} catch (err) {
		throw new Error(
			`No cache of proven optima (${OPTIMA_FILE}): run npx tsx scripts/scheduler-optima.ts`,
			{ cause: err }
		);
	}
	const entry = cache[key];
	if (!entry)
		throw new Error(`${OPTIMA_FILE} has no optimum for ${key}: run scripts/scheduler-optima.ts`);
	if (entry.fingerprint !== fingerprint(instance)) {
		throw new Error(
			`${OPTIMA_FILE}: ${key} is stale (the generator changed): rerun scripts/scheduler-optima.ts`
		);
	}
	return entry;
}
