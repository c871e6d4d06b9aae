import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	checkLayout,
	checkPlacement,
	generateGrid,
	insideHall,
	nextBoothNumber,
	overlaps,
	snap,
	snapRect
} from '../../../src/lib/domain/floor';

const hall = { width: 120, depth: 60 };
const booth = (code: string, x: number, y: number, width = 3, depth = 3) => ({
	code,
	x,
	y,
	width,
	depth
});

describe('overlaps', () => {
	it('sees intersecting interiors', () => {
		expect(overlaps(booth('P1-001', 0, 0), booth('P1-002', 2, 2))).toBe(true);
	});
	it('lets booths share an edge', () => {
		expect(overlaps(booth('P1-001', 0, 0), booth('P1-002', 3, 0))).toBe(false);
		expect(overlaps(booth('P1-001', 0.1 + 0.2, 0), booth('P1-002', 3.3, 0))).toBe(false);
	});
	it('sees a booth inside another', () => {
		expect(overlaps(booth('P1-001', 0, 0, 10, 10), booth('P1-002', 4, 4, 1, 1))).toBe(true);
	});
});

describe('insideHall and checkPlacement', () => {
	it('accepts a booth touching the walls and refuses one sticking out', () => {
		expect(insideHall(booth('P1-001', 117, 57), hall)).toBe(true);
		expect(insideHall(booth('P1-001', 117.5, 57), hall)).toBe(false);
		expect(insideHall(booth('P1-001', -0.5, 0), hall)).toBe(false);
	});
	it('names the booth and the one it overlaps', () => {
		const others = [booth('P1-001', 0, 0)];
		expect(checkPlacement(booth('P1-002', 1, 1), hall, others)).toEqual({
			kind: 'overlap',
			booth: 'P1-002',
			other: 'P1-001'
		});
		expect(checkPlacement(booth('P1-003', 119, 0), hall, others)).toEqual({
			kind: 'outside',
			booth: 'P1-003'
		});
		expect(checkPlacement(booth('bad code', 9, 9), hall, others)?.kind).toBe('bad-code');
		expect(checkPlacement(booth('P1-004', 9, 9, 0.5, 3), hall, others)?.kind).toBe('too-small');
		expect(checkPlacement(booth('P1-001', 1, 1), hall, others)).toBeNull();
	});
	it('reports duplicates and overlaps across a layout', () => {
		const problems = checkLayout(
			[booth('P1-001', 0, 0), booth('P1-001', 10, 0), booth('P1-002', 1, 0)],
			hall
		);
		expect(problems.map((p) => p.kind)).toEqual(['duplicate-code', 'overlap']);
	});
});

describe('snap', () => {
	it('rounds to the half metre', () => {
		expect(snap(12.26)).toBe(12.5);
		expect(snap(12.24)).toBe(12);
		expect(snap(7.3, 1)).toBe(7);
		expect(snapRect({ x: 0.2, y: 0.8, width: 0.1, depth: 2.74 })).toEqual({
			x: 0,
			y: 1,
			width: 0.5,
			depth: 2.5
		});
	});
	it('always lands on a multiple of the step', () => {
		fc.assert(
			fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (v) => {
				const s = snap(v);
				expect(Math.abs(s * 2 - Math.round(s * 2))).toBeLessThan(1e-9);
				expect(Math.abs(s - v)).toBeLessThanOrEqual(0.25 + 1e-9);
			})
		);
	});
});

describe('generateGrid', () => {
	it('lays out the demo pavilion with aisles and codes from the start number', () => {
		const booths = generateGrid({
			hall,
			boothWidth: 3,
			boothDepth: 3,
			aisle: 3,
			blockLength: 10,
			prefix: 'P1',
			start: 1
		});
		expect(booths.length).toBeGreaterThan(150);
		expect(booths[0]).toEqual({ code: 'P1-001', x: 3, y: 3, width: 3, depth: 3 });
		expect(booths[1].x).toBe(6);
		expect(booths[10].x).toBe(36); // the cross aisle after a block of ten
		expect(checkLayout(booths, hall)).toEqual([]);
	});

	it('returns nothing when no booth fits', () => {
		const spec = { hall: { width: 5, depth: 5 }, boothWidth: 3, boothDepth: 3, aisle: 2 };
		expect(generateGrid({ ...spec, blockLength: 4, prefix: 'P9', start: 1 })).toEqual([]);
	});

	it('never overlaps and stays inside the hall, whatever the sizes', () => {
		fc.assert(
			fc.property(
				fc.record({
					width: fc.integer({ min: 2, max: 160 }),
					depth: fc.integer({ min: 2, max: 90 }),
					boothWidth: fc.integer({ min: 2, max: 24 }).map((n) => n / 2),
					boothDepth: fc.integer({ min: 2, max: 24 }).map((n) => n / 2),
					aisle: fc.integer({ min: 0, max: 12 }).map((n) => n / 2),
					blockLength: fc.integer({ min: 1, max: 20 })
				}),
				(s) => {
					const booths = generateGrid({
						...s,
						hall: { width: s.width, depth: s.depth },
						prefix: 'P2',
						start: 7
					});
					expect(checkLayout(booths, { width: s.width, depth: s.depth })).toEqual([]);
					booths.forEach((b, i) => expect(b.code).toBe(`P2-${String(7 + i).padStart(3, '0')}`));
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('nextBoothNumber', () => {
	it('continues after the highest number of that prefix', () => {
		expect(nextBoothNumber('P1', ['P1-004', 'P1-120', 'P2-300', 'X'])).toBe(121);
		expect(nextBoothNumber('P3', [])).toBe(1);
	});
});
