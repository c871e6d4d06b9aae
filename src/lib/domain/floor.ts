/**
 * Pure floor-plan geometry. Units are metres; the origin is the hall's top-left corner, x grows
 * to the right (width) and y downwards (depth), as in the SVG that draws it.
 */

export interface Rect {
	x: number;
	y: number;
	width: number;
	depth: number;
}

export interface BoothShape extends Rect {
	code: string;
}

export interface HallSize {
	width: number;
	depth: number;
}

/** The editor's snapping step: half a metre matches the stand builders' panel modules. */
export const SNAP_M = 0.5;
export const MIN_BOOTH_M = 1;
export const MAX_HALL_M = 1000;
export const BOOTH_CODE = /^[A-Z0-9]{1,6}-\d{1,4}$/;

// Floating-point sums of 0.1-multiples drift; a booth that touches another is not overlapping.
const EPS = 1e-6;

export type FloorProblem =
	| { kind: 'overlap'; booth: string; other: string }
	| { kind: 'outside'; booth: string }
	| { kind: 'too-small'; booth: string }
	| { kind: 'bad-code'; booth: string }
	| { kind: 'duplicate-code'; booth: string };

/** Rounds to the centimetre so stored coordinates stay readable after arithmetic. */
export function roundCm(value: number): number {
	return Math.round(value * 100) / 100;
}

export function snap(value: number, step = SNAP_M): number {
	if (!(step > 0)) return roundCm(value);
	return roundCm(Math.round(value / step) * step);
}

export function snapRect<T extends Rect>(rect: T, step = SNAP_M): T {
	return {
		...rect,
		x: snap(rect.x, step),
		y: snap(rect.y, step),
		width: Math.max(step, snap(rect.width, step)),
		depth: Math.max(step, snap(rect.depth, step))
	};
}

/** True when the interiors intersect; sharing an edge is allowed (booths stand side by side). */
export function overlaps(a: Rect, b: Rect): boolean {
	return (
		a.x < b.x + b.width - EPS &&
		b.x < a.x + a.width - EPS &&
		a.y < b.y + b.depth - EPS &&
		b.y < a.y + a.depth - EPS
	);
}

export function insideHall(rect: Rect, hall: HallSize): boolean {
	return (
		rect.x >= -EPS &&
		rect.y >= -EPS &&
		rect.x + rect.width <= hall.width + EPS &&
		rect.y + rect.depth <= hall.depth + EPS
	);
}

/** The first problem with placing `booth` among `others` (booths of the same hall, itself excluded). */
export function checkPlacement(
	booth: BoothShape,
	hall: HallSize,
	others: readonly BoothShape[]
): FloorProblem | null {
	if (!BOOTH_CODE.test(booth.code)) return { kind: 'bad-code', booth: booth.code };
	if (!(booth.width >= MIN_BOOTH_M && booth.depth >= MIN_BOOTH_M)) {
		return { kind: 'too-small', booth: booth.code };
	}
	if (!insideHall(booth, hall)) return { kind: 'outside', booth: booth.code };
	const hit = others.find((other) => other.code !== booth.code && overlaps(booth, other));
	return hit ? { kind: 'overlap', booth: booth.code, other: hit.code } : null;
}

/** Every problem in a whole layout, each pair of overlapping booths reported once. */
export function checkLayout(booths: readonly BoothShape[], hall: HallSize): FloorProblem[] {
	const problems: FloorProblem[] = [];
	const seen = new Set<string>();
	booths.forEach((booth, i) => {
		if (seen.has(booth.code)) problems.push({ kind: 'duplicate-code', booth: booth.code });
		seen.add(booth.code);
		const problem = checkPlacement(booth, hall, booths.slice(0, i));
		if (problem) problems.push(problem);
	});
	return problems;
}

export function boothCode(prefix: string, number: number, digits = 3): string {
	return `${prefix}-${String(number).padStart(digits, '0')}`;
}

export interface GridSpec {
	hall: HallSize;
	boothWidth: number;
	boothDepth: number;
	/** Width of every aisle, and of the margin along the hall's walls. */
	aisle: number;
	/** Booths side by side before a cross aisle. */
	blockLength: number;
	prefix: string;
	start: number;
	/** Where the grid begins; booths already in the hall above it are left alone. */
	origin?: { x: number; y: number };
}

/** Left edges of booths along one row: blocks of `blockLength` separated by cross aisles. */
function columnsFor(spec: GridSpec, x0: number): number[] {
	const xs: number[] = [];
	let x = x0;
	while (x + spec.boothWidth <= spec.hall.width - spec.aisle + EPS) {
		xs.push(roundCm(x));
		const endsBlock = xs.length % Math.max(1, spec.blockLength) === 0;
		x += spec.boothWidth + (endsBlock ? spec.aisle : 0);
	}
	return xs;
}

/**
 * Top edges of rows: rows come in back-to-back pairs (an island two booths deep), with an
 * aisle between islands, so every booth faces an aisle.
 */
function rowsFor(spec: GridSpec, y0: number): number[] {
	const ys: number[] = [];
	let y = y0;
	while (y + spec.boothDepth <= spec.hall.depth - spec.aisle + EPS) {
		ys.push(roundCm(y));
		const endsIsland = ys.length % 2 === 0;
		y += spec.boothDepth + (endsIsland ? spec.aisle : 0);
	}
	return ys;
}

/** A grid of booths with aisles, numbered row by row from `start`. Empty when nothing fits. */
export function generateGrid(spec: GridSpec): BoothShape[] {
	if (!(spec.boothWidth >= MIN_BOOTH_M && spec.boothDepth >= MIN_BOOTH_M && spec.aisle >= 0)) {
		return [];
	}
	const x0 = Math.max(spec.aisle, spec.origin?.x ?? 0);
	const y0 = Math.max(spec.aisle, spec.origin?.y ?? 0);
	const xs = columnsFor(spec, x0);
	const booths: BoothShape[] = [];
	for (const y of rowsFor(spec, y0)) {
		for (const x of xs) {
			const code = boothCode(spec.prefix, spec.start + booths.length);
			booths.push({ code, x, y, width: spec.boothWidth, depth: spec.boothDepth });
		}
	}
	return booths;
}

/** The next free number for a prefix given the codes in use (`P1-045` → 46). */
export function nextBoothNumber(prefix: string, codes: readonly string[]): number {
	let max = 0;
	for (const code of codes) {
		const [p, n] = code.split('-');
		if (p === prefix && /^\d+$/.test(n ?? '')) max = Math.max(max, Number(n));
	}
	return max + 1;
}
