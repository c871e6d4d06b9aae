/**
 * Proves the optimum of each benchmark event up to 2,000 requests with HiGHS branch and bound
 * (no time limit, no warm start) and caches it in tests/bench/scheduler-optima.json, which the
 * scheduler benchmark reads. Minutes of work: run it once after changing the generator or the
 * shapes, and commit the file.
 *
 *   /work/heavy npx tsx scripts/scheduler-optima.ts            # every shape missing or stale
 *   /work/heavy npx tsx scripts/scheduler-optima.ts v500 v1000 # only these, recomputed
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { prepare } from '../src/lib/domain/scheduler/heuristic';
import { solveMilp } from '../src/lib/domain/scheduler/milp';
import {
	OPTIMA_FILE,
	OPTIMUM_MAX_REQUESTS,
	fingerprint,
	type OptimaCache
} from '../tests/bench/scheduler-optima';
import { VARYING_SHAPES, generateInstance } from '../tests/bench/scheduler-instances';

const file = new URL(`../tests/bench/${OPTIMA_FILE}`, import.meta.url);
const cache: OptimaCache = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
const only = process.argv.slice(2);

for (const [key, shape] of Object.entries(VARYING_SHAPES)) {
	if (shape.requests > OPTIMUM_MAX_REQUESTS) continue;
	if (only.length && !only.includes(key)) continue;
	const instance = generateInstance(shape);
	const print = fingerprint(instance);
	if (!only.length && cache[key]?.fingerprint === print) continue;
	process.stderr.write(`${key}: proving the optimum of ${instance.requests.length} requests…\n`);
	const started = Date.now();
	const outcome = await solveMilp(prepare(instance), { seconds: Infinity });
	const millis = Date.now() - started;
	if ('error' in outcome) throw new Error(`${key}: ${outcome.error}`);
	const weight = outcome.state?.weight ?? null;
	if (outcome.status !== 'optimal' || weight === null) {
		throw new Error(`${key}: HiGHS ended with ${outcome.status}, no proven optimum`);
	}
	cache[key] = {
		requests: instance.requests.length,
		fingerprint: print,
		optimum: weight,
		dualBound: outcome.bound,
		highsMillis: millis,
		machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}`,
		computedAt: new Date().toISOString()
	};
	process.stderr.write(`${key}: optimum ${weight} in ${millis} ms\n`);
	writeFileSync(file, `${JSON.stringify(cache, null, '\t')}\n`);
}
