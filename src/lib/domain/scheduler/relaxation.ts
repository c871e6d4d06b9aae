import type { Model } from './model';
import { Prices } from './bound';

/**
 * Aggregated LP relaxation for the upper bound. Slots are grouped into blocks; x[r,B] is
 * "r meets somewhere in block B". A person may meet at most |available slots in B| times in
 * B, and B holds at most its tables in total. Every valid schedule satisfies these rows, so
 * the LP is a relaxation, and with blocks of one slot it is the exact LP of the integer
 * program (docs/scheduler.md). Blocks of slots that nobody can tell apart (same tables, same
 * people available, no lock) give that exact LP too, with fewer columns: spreading x[r,B]
 * evenly over B's slots is a per-slot solution of the same value. Row duals, spread back over
 * the block's slots, are prices for the Lagrangian bound (bound.ts), which re-proves the value
 * in JavaScript.
 */
export interface Relaxation {
	numCols: number;
	numRows: number;
	colCost: Float64Array;
	/** 1 for a locked request's column (it is in every valid schedule), else 0. */
	colLower: Float64Array;
	rowUpper: Float64Array;
	starts: Int32Array;
	indices: Int32Array;
	blockOf: Int32Array;
	/** Request of each column. */
	colRequest: Int32Array;
	colBlock: Int32Array;
	/** Row of (person, block), of each block, of each cap, or -1. */
	personBlockRow: Int32Array;
	blockRow: Int32Array;
	capRow: Int32Array;
}

export interface Blocks {
	blockOf: Int32Array;
	count: number;
	/** True when every block only joins interchangeable slots: the LP is the per-slot LP. */
	exact: boolean;
}

export function slotBlocks(
	m: Model,
	days: number[][],
	size: number
): { blockOf: Int32Array; count: number } {
	const blockOf = new Int32Array(m.slotCount);
	let count = 0;
	for (const day of days) {
		for (let i = 0; i < day.length; i++) {
			if (i % size === 0) count++;
			blockOf[day[i]] = count - 1;
		}
	}
	return { blockOf, count };
}

/**
 * Groups slots that no constraint tells apart: the same tables, the same people available,
 * and no locked meeting. Anything else (tables or anyone's availability changing between two
 * slots, on one day or across days) starts another block, so the block LP equals the
 * per-slot LP.
 */
export function exactBlocks(m: Model): Blocks {
	const S = m.slotCount;
	const hasLock = new Uint8Array(S);
	for (let r = 0; r < m.requestCount; r++) if (m.lockedSlot[r] >= 0) hasLock[m.lockedSlot[r]] = 1;
	const hash = new Uint32Array(S).fill(2166136261);
	for (let p = 0; p < m.personCount; p++) {
		for (let s = 0; s < S; s++) {
			if (m.avail[p * S + s]) hash[s] = Math.imul(hash[s] ^ (p + 1), 16777619) >>> 0;
		}
	}
	const same = (x: number, y: number) => {
		if (m.tables[x] !== m.tables[y] || hash[x] !== hash[y]) return false;
		for (let p = 0; p < m.personCount; p++)
			if (m.avail[p * S + x] !== m.avail[p * S + y]) return false;
		return true;
	};
	const blockOf = new Int32Array(S).fill(-1);
	const representative: number[] = [];
	for (let s = 0; s < S; s++) {
		if (!hasLock[s]) {
			const b = representative.findIndex((t) => !hasLock[t] && same(t, s));
			if (b >= 0) {
				blockOf[s] = b;
				continue;
			}
		}
		blockOf[s] = representative.push(s) - 1;
	}
	return { blockOf, count: representative.length, exact: true };
}

/**
 * Coarser blocks for events whose exact LP has too many columns: runs of at most `size`
 * consecutive slots of one day, whatever their tables (a block holds the sum of its slots'
 * tables), or with `size` Infinity one block for the whole event. Looser (tables and
 * availability may change inside a block), so the Lagrangian steps refine its prices on the
 * per-slot model afterwards. Still a relaxation: every valid schedule satisfies its rows.
 */
export function coarseBlocks(m: Model, days: number[][], size: number): Blocks {
	const blockOf = new Int32Array(m.slotCount);
	if (!Number.isFinite(size)) return { blockOf, count: m.slotCount > 0 ? 1 : 0, exact: false };
	let count = 0;
	for (const day of days) {
		for (let i = 0; i < day.length; i++) {
			if (i % size === 0) count++;
			blockOf[day[i]] = count - 1;
		}
	}
	return { blockOf, count, exact: size <= 1 };
}

/** Columns of the block LP: one per request and distinct block among its feasible slots. */
export function blockColumns(m: Model, blocks: Blocks): number {
	const seen = new Int32Array(blocks.count).fill(-1);
	let cols = 0;
	for (let r = 0; r < m.requestCount; r++) {
		for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) {
			const b = blocks.blockOf[m.feasSlots[k]];
			if (seen[b] !== r) {
				seen[b] = r;
				cols++;
			}
		}
	}
	return cols;
}

/** Distinct blocks of r's feasible slots, in slot order (feasSlots is sorted by index). */
function requestBlocks(
	m: Model,
	r: number,
	blockOf: Int32Array,
	seen: Int32Array,
	stamp: number
): number[] {
	const out: number[] = [];
	for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) {
		const b = blockOf[m.feasSlots[k]];
		if (seen[b] !== stamp) {
			seen[b] = stamp;
			out.push(b);
		}
	}
	return out;
}

export function buildRelaxation(m: Model, blockOf: Int32Array, blocks: number): Relaxation {
	const B = blocks;
	const personSeats = new Int32Array(m.personCount * B);
	for (let p = 0; p < m.personCount; p++) {
		for (let s = 0; s < m.slotCount; s++)
			if (m.avail[p * m.slotCount + s]) personSeats[p * B + blockOf[s]]++;
	}
	const blockSeats = new Float64Array(B);
	for (let s = 0; s < m.slotCount; s++) blockSeats[blockOf[s]] += m.tables[s];
	const seen = new Int32Array(B).fill(-1);
	const cols: { r: number; b: number }[] = [];
	const personBlockUse = new Int32Array(m.personCount * B);
	const blockUse = new Float64Array(B);
	const personUse = new Int32Array(m.personCount);
	for (let r = 0; r < m.requestCount; r++) {
		const list = requestBlocks(m, r, blockOf, seen, r);
		for (const b of list) {
			cols.push({ r, b });
			personBlockUse[m.reqA[r] * B + b]++;
			personBlockUse[m.reqB[r] * B + b]++;
			blockUse[b]++;
		}
		if (list.length > 0) {
			personUse[m.reqA[r]]++;
			personUse[m.reqB[r]]++;
		}
	}
	const upper: number[] = [];
	const add = (limit: number) => upper.push(limit) - 1;
	const requestRow = new Int32Array(m.requestCount).fill(-1);
	for (let i = 1; i < cols.length; i++) if (cols[i].r === cols[i - 1].r) requestRow[cols[i].r] = -2;
	for (let r = 0; r < m.requestCount; r++) if (requestRow[r] === -2) requestRow[r] = add(1);
	const personBlockRow = new Int32Array(m.personCount * B).fill(-1);
	for (let i = 0; i < personBlockRow.length; i++) {
		if (personBlockUse[i] > personSeats[i]) personBlockRow[i] = add(personSeats[i]);
	}
	const blockRow = new Int32Array(B).fill(-1);
	for (let b = 0; b < B; b++) if (blockUse[b] > blockSeats[b]) blockRow[b] = add(blockSeats[b]);
	const capRow = new Int32Array(m.personCount).fill(-1);
	for (let p = 0; p < m.personCount; p++) if (personUse[p] > m.cap[p]) capRow[p] = add(m.cap[p]);
	const starts = new Int32Array(cols.length + 1);
	const indices: number[] = [];
	const colCost = new Float64Array(cols.length);
	const colLower = new Float64Array(cols.length);
	const colRequest = new Int32Array(cols.length);
	const colBlock = new Int32Array(cols.length);
	cols.forEach(({ r, b }, j) => {
		colCost[j] = m.weight[r];
		colRequest[j] = r;
		colBlock[j] = b;
		if (m.lockedSlot[r] >= 0) colLower[j] = 1;
		const a = m.reqA[r];
		const c = m.reqB[r];
		for (const row of [
			requestRow[r],
			personBlockRow[a * B + b],
			personBlockRow[c * B + b],
			blockRow[b],
			capRow[a],
			capRow[c]
		]) {
			if (row >= 0) indices.push(row);
		}
		starts[j + 1] = indices.length;
	});
	return {
		numCols: cols.length,
		numRows: upper.length,
		colCost,
		colLower,
		rowUpper: Float64Array.from(upper),
		starts,
		indices: Int32Array.from(indices),
		blockOf,
		colRequest,
		colBlock,
		personBlockRow,
		blockRow,
		capRow
	};
}

/**
 * Spreads the relaxation's row duals (any sign convention) over slots as Lagrangian prices,
 * into `into` when given (a Prices of the same model, reused between evaluations).
 */
export function pricesFromRelaxation(
	m: Model,
	rel: Relaxation,
	dual: Float64Array,
	into?: Prices
): Prices {
	const prices = into ?? new Prices(m);
	const B = rel.blockRow.length;
	const read = (row: number) => (row >= 0 ? Math.abs(dual[row]) : 0);
	for (let p = 0; p < m.personCount; p++) {
		for (let s = 0; s < m.slotCount; s++) {
			const i = p * m.slotCount + s;
			// Unavailable slots carry no price: no request of p can use them anyway.
			if (m.avail[i]) prices.mu[i] = read(rel.personBlockRow[p * B + rel.blockOf[s]]);
		}
	}
	for (let s = 0; s < m.slotCount; s++) prices.lambda[s] = read(rel.blockRow[rel.blockOf[s]]);
	for (let p = 0; p < m.personCount; p++) prices.nu[p] = read(rel.capRow[p]);
	return prices;
}
