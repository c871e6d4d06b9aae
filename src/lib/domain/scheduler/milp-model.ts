import type { Model } from './model';

/**
 * The integer program of docs/scheduler.md in CSC arrays. Column k is "request r in slot
 * feasSlots[k]" for feasStart[r] <= k < feasStart[r + 1], so a solution maps back without a
 * lookup table. Rows that can never bind (one variable, or capacity above what could use it)
 * are left out: they only slow HiGHS down.
 */
export interface MilpArrays {
	numCols: number;
	numRows: number;
	colCost: Float64Array;
	colLower: Float64Array;
	colUpper: Float64Array;
	rowUpper: Float64Array;
	starts: Int32Array;
	indices: Int32Array;
}

/** Gives a row number to each group of columns that needs a `<= limit` constraint. */
class RowBuilder {
	readonly upper: number[] = [];
	add(limit: number): number {
		this.upper.push(limit);
		return this.upper.length - 1;
	}
}

function personSlotRows(m: Model, rows: RowBuilder): Int32Array {
	const S = m.slotCount;
	const uses = new Int32Array(m.personCount * S);
	for (let r = 0; r < m.requestCount; r++) {
		for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) {
			uses[m.reqA[r] * S + m.feasSlots[k]]++;
			uses[m.reqB[r] * S + m.feasSlots[k]]++;
		}
	}
	const row = new Int32Array(uses.length).fill(-1);
	for (let i = 0; i < uses.length; i++) if (uses[i] > 1) row[i] = rows.add(1);
	return row;
}

function capacityRows(m: Model, rows: RowBuilder): { slot: Int32Array; cap: Int32Array } {
	const slotUse = new Int32Array(m.slotCount);
	const personUse = new Int32Array(m.personCount);
	for (let r = 0; r < m.requestCount; r++) {
		for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) slotUse[m.feasSlots[k]]++;
		if (m.feasStart[r + 1] > m.feasStart[r]) {
			personUse[m.reqA[r]]++;
			personUse[m.reqB[r]]++;
		}
	}
	const slot = new Int32Array(m.slotCount).fill(-1);
	for (let s = 0; s < m.slotCount; s++)
		if (slotUse[s] > m.tables[s]) slot[s] = rows.add(m.tables[s]);
	const cap = new Int32Array(m.personCount).fill(-1);
	for (let p = 0; p < m.personCount; p++) if (personUse[p] > m.cap[p]) cap[p] = rows.add(m.cap[p]);
	return { slot, cap };
}

export function buildMilp(m: Model): MilpArrays {
	const rows = new RowBuilder();
	const S = m.slotCount;
	const requestRow = new Int32Array(m.requestCount).fill(-1);
	for (let r = 0; r < m.requestCount; r++) {
		if (m.feasStart[r + 1] - m.feasStart[r] > 1) requestRow[r] = rows.add(1);
	}
	const personSlot = personSlotRows(m, rows);
	const { slot: slotRow, cap: capRow } = capacityRows(m, rows);
	const numCols = m.feasSlots.length;
	const starts = new Int32Array(numCols + 1);
	const indices: number[] = [];
	const colCost = new Float64Array(numCols);
	const colLower = new Float64Array(numCols);
	for (let r = 0; r < m.requestCount; r++) {
		const a = m.reqA[r];
		const b = m.reqB[r];
		for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) {
			const s = m.feasSlots[k];
			colCost[k] = m.weight[r];
			if (m.lockedSlot[r] >= 0) colLower[k] = 1;
			for (const row of [requestRow[r], personSlot[a * S + s], personSlot[b * S + s]]) {
				if (row >= 0) indices.push(row);
			}
			for (const row of [slotRow[s], capRow[a], capRow[b]]) if (row >= 0) indices.push(row);
			starts[k + 1] = indices.length;
		}
	}
	return {
		numCols,
		numRows: rows.upper.length,
		colCost,
		colLower,
		colUpper: new Float64Array(numCols).fill(1),
		rowUpper: Float64Array.from(rows.upper),
		starts,
		indices: Int32Array.from(indices)
	};
}
