/**
 * Solves an LP of the scheduler's shape (maximise, colLower <= x <= 1, rows `<= rowUpper`, all
 * coefficients 1) in a worker thread, so that HiGHS (WebAssembly load and its slow first,
 * not yet optimised solve: 0.5-2 s together on 2 busy cores) runs on the second core while
 * the heuristic keeps the first one.
 *
 * The worker runs source passed as a string rather than a module file: a file path would have
 * to survive tsx, vitest and the Vite server bundle alike (and plain node cannot start a .ts
 * worker), whereas `highs` is resolved from node_modules the same way in all three.
 *
 * Time: the caller gives an absolute deadline. The worker loads HiGHS first and gives the
 * solver only what is left of it, so the WebAssembly load counts against the budget. A
 * solve stopped by the time limit still returns its row duals: any non-negative prices give
 * a valid Lagrangian bound (bound.ts), so they are used, not discarded.
 */
export interface LpArrays {
	numCols: number;
	numRows: number;
	colCost: Float64Array;
	colLower: Float64Array;
	colUpper: Float64Array;
	rowUpper: Float64Array;
	starts: Int32Array;
	indices: Int32Array;
}

export interface LpOptions {
	/** Epoch milliseconds by which the answer must be back, solver load included. */
	deadline: number;
	solver: 'choose' | 'simplex' | 'pdlp' | 'ipm';
}

/** What HiGHS answered: row duals (and column values) even when it stopped at the limit. */
export interface LpAnswer {
	/** HiGHS model status in words: 'optimal', 'time-limit', 'interrupted', ... */
	status: string;
	dual: Float64Array | null;
	primal: Float64Array | null;
	loadMillis: number;
	solveMillis: number;
}

/** The outcome of a solve: an answer, or why there is none (for the caller's log). */
export type LpOutcome =
	{ answer: LpAnswer; error?: undefined } | { answer?: undefined; error: string };

/** HiGHS's numeric model status as a short word (the names of `highs.constants.modelStatus`). */
export function statusName(
	constants: Readonly<Record<string, number>> | undefined,
	code: number
): string {
	for (const [name, value] of Object.entries(constants ?? {})) {
		if (value === code) return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
	}
	return `status-${code}`;
}

/** Solves `lp` with an already loaded HiGHS; shared by the worker source and the in-thread path. */
export const SOLVE_SOURCE = `
const PDLP_TOLERANCE = 1e-5;
function solveLp(highs, lp, deadline, solver, loadMillis) {
	const data = {
		numCols: lp.numCols,
		numRows: lp.numRows,
		sense: highs.constants.objectiveSense.maximize,
		colCost: lp.colCost,
		colLower: lp.colLower,
		colUpper: lp.colUpper,
		rowLower: new Float64Array(lp.numRows).fill(-highs.infinity),
		rowUpper: lp.rowUpper,
		matrix: {
			format: 'csc', numRows: lp.numRows, numCols: lp.numCols, starts: lp.starts,
			indices: lp.indices, values: new Float64Array(lp.indices.length).fill(1)
		}
	};
	const started = Date.now();
	return highs.withModel(data, (model) => {
		// What is left of the deadline after the load; a little is kept for copying the answer.
		const seconds = Math.max(0.05, (deadline - Date.now()) / 1000 - 0.05);
		const options = { output_flag: false, time_limit: seconds, solver };
		// Duals within 1e-5 prove a bound within 1e-5 of the LP: plenty, and much faster than 1e-7.
		if (solver === 'pdlp') {
			options.pdlp_optimality_tolerance = PDLP_TOLERANCE;
			// HiGHS's presolve held the 100k-column LP of the largest event for over 60 s without
			// looking at the time limit; without it PDLP converged in 12 s (v2000: 5.8 s vs 12.5 s).
			options.presolve = 'off';
		}
		model.options.set(options);
		const run = model.run();
		const code = run && typeof run.modelStatus === 'number' ? run.modelStatus : model.getModelStatus();
		const solution = model.getSolution();
		const full = (a, n) => (a && a.length === n ? Float64Array.from(a) : null);
		return {
			code,
			dual: full(solution.rowDual, lp.numRows),
			primal: full(solution.colValue, lp.numCols),
			loadMillis,
			solveMillis: Date.now() - started
		};
	});
}
`;

/**
 * Plain CommonJS, run with `eval: true`: it answers each { lp, deadline, solver } message
 * with { answer } or { error }. HiGHS stays loaded between messages, so a worker that is kept
 * for the next run (see `idle` below) pays neither the load nor the slow first solve again.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { highsPath } = workerData;
${SOLVE_SOURCE}
let runtime = null;
const load = () => (runtime ??= Promise.resolve().then(() => {
	const mod = require(highsPath);
	return (mod.default || mod)();
}));
parentPort.on('message', ({ warm, lp, deadline, solver }) => {
	// A warm-up only loads HiGHS (while the caller still builds its model); no answer is sent.
	if (warm) return void load().catch(() => (runtime = null));
	const loadStarted = Date.now();
	let constants;
	load()
		.then((highs) => {
			constants = highs.constants.modelStatus;
			return solveLp(highs, lp, deadline, solver, Date.now() - loadStarted);
		})
		.then(
			(answer) => parentPort.postMessage({ answer, constants }),
			(err) => {
				runtime = null;
				parentPort.postMessage({ error: String((err && err.stack) || err) });
			}
		);
});
`;

export interface LpJob {
	/** The answer, or the reason there is none, by `deadline` (epoch ms) at the latest. */
	result(deadline: number): Promise<LpOutcome>;
	/** Whether the answer has arrived (without waiting). */
	ready(): boolean;
}

/** Where `highs` lives: resolved from this module, which is the bundle chunk after a build. */
async function highsPath(): Promise<string> {
	const { createRequire } = await import('node:module');
	return createRequire(import.meta.url).resolve('highs');
}

interface WorkerMessage {
	answer?: Omit<LpAnswer, 'status'> & { code: number };
	constants?: Record<string, number>;
	error?: string;
}

/** How long a worker that missed its deadline may take to answer before it is terminated. */
const LATE_GRACE_MS = 5_000;

/** A worker whose last solve answered, kept (unref'd) with HiGHS loaded for the next. */
let idle: import('node:worker_threads').Worker | null = null;

async function newWorker(): Promise<import('node:worker_threads').Worker> {
	const { Worker } = await import('node:worker_threads');
	const worker = new Worker(WORKER_SOURCE, {
		eval: true,
		workerData: { highsPath: await highsPath() }
	});
	// A bound nobody waits for must not keep the process alive.
	worker.unref();
	return worker;
}

/**
 * Starts a worker and its HiGHS load ahead of the first solve, so that both overlap with the
 * caller's model building; the next startLpWorker call takes it. Failures are left for that
 * call to report. A worker left idle is unreferenced and holds nothing open.
 */
export async function prewarmLpWorker(): Promise<void> {
	if (idle) return;
	try {
		const worker = await newWorker();
		if (idle) return void worker.terminate();
		worker.postMessage({ warm: true });
		idle = worker;
	} catch {
		// startLpWorker tries again and reports why it cannot start.
	}
}

/**
 * Starts the solve in a worker (the idle one, or a new one); resolves to `{ error }` when
 * workers or `highs` are unavailable here, so the caller can log why and solve in this
 * thread instead.
 */
export async function startLpWorker(
	lp: LpArrays,
	options: LpOptions
): Promise<LpJob | { error: string }> {
	let worker: import('node:worker_threads').Worker;
	if (idle) {
		worker = idle;
		idle = null;
	} else {
		try {
			worker = await newWorker();
		} catch (err) {
			return { error: `LP worker did not start: ${err instanceof Error ? err.message : err}` };
		}
	}
	let settled: LpOutcome | null = null;
	const outcome = new Promise<LpOutcome>((resolve) => {
		const onMessage = (msg: WorkerMessage) => {
			if (!msg.answer) return done({ error: `HiGHS failed in the LP worker: ${msg.error}` });
			const { code, ...rest } = msg.answer;
			done({ answer: { ...rest, status: statusName(msg.constants, code) } });
		};
		const onError = (err: Error) => done({ error: `LP worker crashed: ${err.message}` });
		const onExit = (code: number) => done({ error: `LP worker exited (code ${code})` });
		function done(o: LpOutcome) {
			worker.off('message', onMessage).off('error', onError).off('exit', onExit);
			resolve((settled ??= o));
		}
		worker.on('message', onMessage).on('error', onError).on('exit', onExit);
	});
	// One that answered is kept (HiGHS loaded and warmed up) unless another already waits.
	const park = (o: LpOutcome) => {
		if (o.answer && idle === null) idle = worker;
		else void worker.terminate();
	};
	worker.postMessage({ lp, ...options });
	return {
		ready: () => settled !== null,
		async result(deadline) {
			let timer: ReturnType<typeof setTimeout> | undefined;
			const late = new Promise<LpOutcome>((resolve) => {
				timer = setTimeout(
					() => resolve({ error: 'LP worker gave no answer by the deadline' }),
					Math.max(0, deadline - Date.now())
				);
			});
			const result = await Promise.race([outcome, late]);
			clearTimeout(timer);
			if (settled) park(settled);
			else {
				// Still solving: HiGHS stops at its own time limit (the same deadline) soon after,
				// and a worker that then answers is kept warm for the next run; one that does not
				// answer within the grace period goes.
				const grace = setTimeout(() => void worker.terminate(), LATE_GRACE_MS);
				grace.unref();
				void outcome.then((o) => {
					clearTimeout(grace);
					park(o);
				});
			}
			return result;
		}
	};
}
