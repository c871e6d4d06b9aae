/**
 * Solves an LP of the scheduler's shape (maximise, 0 <= x <= 1, rows `<= rowUpper`, all
 * coefficients 1) in a worker thread, so that HiGHS (WebAssembly load and its slow first,
 * not yet optimised solve: 0.5-2 s together on 2 busy cores) runs on the second core while
 * the heuristic keeps the first one.
 *
 * The worker runs source passed as a string rather than a module file: a file path would have
 * to survive tsx, vitest and the Vite server bundle alike (and plain node cannot start a .ts
 * worker), whereas `highs` is resolved from node_modules the same way in all three. Anything
 * that goes wrong yields null and the caller solves in-thread instead.
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
	seconds: number;
	solver: 'choose' | 'simplex' | 'pdlp';
}

/** Plain CommonJS, run with `eval: true`; it posts the row duals, or null when HiGHS fails. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { highsPath, lp, options } = workerData;
Promise.resolve()
	.then(() => {
		const load = require(highsPath);
		return (load.default || load)();
	})
	.then((highs) => {
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
		return highs.withModel(data, (model) => {
			model.options.set({ output_flag: false, time_limit: options.seconds, solver: options.solver });
			model.run();
			return model.getSolution().rowDual;
		});
	})
	.then((dual) => parentPort.postMessage(dual), () => parentPort.postMessage(null));
`;

export interface LpJob {
	/** Row duals, or null when the worker failed or `deadline` (epoch ms) passed first. */
	duals(deadline: number): Promise<Float64Array | null>;
}

/** Where `highs` lives: resolved from this module, which is the bundle chunk after a build. */
async function highsPath(): Promise<string> {
	const { createRequire } = await import('node:module');
	return createRequire(import.meta.url).resolve('highs');
}

/** Starts the worker; resolves to null when workers or `highs` are unavailable here. */
export async function startLpWorker(lp: LpArrays, options: LpOptions): Promise<LpJob | null> {
	let worker: import('node:worker_threads').Worker;
	try {
		const { Worker } = await import('node:worker_threads');
		worker = new Worker(WORKER_SOURCE, {
			eval: true,
			workerData: { highsPath: await highsPath(), lp, options }
		});
	} catch {
		return null;
	}
	// A bound nobody waits for must not keep the process alive.
	worker.unref();
	const outcome = new Promise<Float64Array | null>((resolve) => {
		worker.once('message', (dual: Float64Array | null) => resolve(dual));
		worker.once('error', () => resolve(null));
		worker.once('exit', () => resolve(null));
	});
	return {
		async duals(deadline) {
			let timer: ReturnType<typeof setTimeout> | undefined;
			const late = new Promise<null>((resolve) => {
				timer = setTimeout(() => resolve(null), Math.max(0, deadline - Date.now()));
			});
			const dual = await Promise.race([outcome, late]);
			clearTimeout(timer);
			void worker.terminate();
			return dual;
		}
	};
}
