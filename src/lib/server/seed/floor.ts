import type { BoothStatus } from '../db/schema';
import type { Random } from './random';

export interface PlannedHall {
	id: number;
	code: string;
	name_es: string;
	name_en: string;
	width_m: number;
	depth_m: number;
	position: number;
	/** What the organisers put in this hall, to keep a sector's exhibitors together. */
	focus: string;
}

export interface PlannedBooth {
	id: number;
	hall_id: number;
	code: string;
	x_m: number;
	y_m: number;
	width_m: number;
	depth_m: number;
	status: BoothStatus;
	category: string;
}

export const HALL_FOCUS = [
	'automation-ai',
	'renewables',
	'electromobility',
	'circular',
	'international',
	'producers-academia'
];

const CELL = 3;
const MARGIN = 3;
const AISLE = 3;
const CROSS_AISLE = 4;
/** A block is two rows of 3 m cells back to back, eight cells long. */
const BLOCK_CELLS = 8;

/**
 * Six halls, sized so that the approved exhibitors fill about nine booths in ten (an emptier
 * plan looks like a failed fair); the large event gets bigger halls.
 */
export function planHalls(large: boolean): PlannedHall[] {
	return HALL_FOCUS.map((focus, i) => ({
		id: i + 1,
		code: `P${i + 1}`,
		name_es: `Pabellón ${i + 1}`,
		name_en: `Pavilion ${i + 1}`,
		width_m: large ? 180 : 120,
		depth_m: large ? 90 : 42,
		position: i,
		focus
	}));
}

/** Booths on a grid of blocks separated by aisles; every booth inside its hall, none overlapping. */
export function planBooths(rng: Random, halls: PlannedHall[]): PlannedBooth[] {
	const booths: PlannedBooth[] = [];
	for (const hall of halls) {
		let number = 0;
		for (const block of blocksOf(hall)) {
			for (let chunk = 0; chunk < BLOCK_CELLS / 2; chunk++) {
				for (const shape of chunkShapes(rng)) {
					number++;
					const x = block.x + (chunk * 2 + shape.col) * CELL;
					const y = block.y + shape.row * CELL;
					const atEnd = x === block.x || x + shape.w * CELL === block.x + BLOCK_CELLS * CELL;
					booths.push({
						id: booths.length + 1,
						hall_id: hall.id,
						code: `${hall.code}-${String(number).padStart(3, '0')}`,
						x_m: x,
						y_m: y,
						width_m: shape.w * CELL,
						depth_m: shape.h * CELL,
						status: 'free',
						category: shape.w * shape.h === 4 ? 'island' : atEnd ? 'corner' : 'standard'
					});
				}
			}
		}
	}
	return booths;
}

function blocksOf(hall: PlannedHall): { x: number; y: number }[] {
	const blockWidth = BLOCK_CELLS * CELL;
	const blockDepth = 2 * CELL;
	const blocks: { x: number; y: number }[] = [];
	for (let y = MARGIN; y + blockDepth <= hall.depth_m - MARGIN; y += blockDepth + AISLE) {
		for (let x = MARGIN; x + blockWidth <= hall.width_m - MARGIN; x += blockWidth + CROSS_AISLE) {
			blocks.push({ x, y });
		}
	}
	return blocks;
}

interface Shape {
	col: number;
	row: number;
	w: number;
	h: number;
}

/** One 6 x 6 m chunk of a block: four 3x3, two 6x3, one 6x6 island, or a 6x3 and two 3x3. */
function chunkShapes(rng: Random): Shape[] {
	const pattern = rng.weighted({ four: 20, two: 35, island: 35, mixed: 10 });
	if (pattern === 'four') {
		return [0, 1].flatMap((row) => [0, 1].map((col) => ({ col, row, w: 1, h: 1 })));
	}
	if (pattern === 'two') return [0, 1].map((row) => ({ col: 0, row, w: 2, h: 1 }));
	if (pattern === 'island') return [{ col: 0, row: 0, w: 2, h: 2 }];
	return [
		{ col: 0, row: 0, w: 2, h: 1 },
		{ col: 0, row: 1, w: 1, h: 1 },
		{ col: 1, row: 1, w: 1, h: 1 }
	];
}
