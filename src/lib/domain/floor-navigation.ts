import type { Rect } from './floor';

export type Direction = 'left' | 'right' | 'up' | 'down';

const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.depth / 2 });

/**
 * The booth an arrow key moves to: the nearest one whose centre lies in that direction,
 * where straying sideways costs twice as much as going forward, so that the right arrow keeps
 * to the row and the down arrow to the column. Null at the edge of the hall.
 */
export function neighbourBooth<T extends Rect>(
	booths: T[],
	from: T,
	direction: Direction
): T | null {
	const a = centre(from);
	let best: T | null = null;
	let bestCost = Infinity;
	for (const booth of booths) {
		if (booth === from) continue;
		const b = centre(booth);
		const dx = b.x - a.x;
		const dy = b.y - a.y;
		const forward = { left: -dx, right: dx, up: -dy, down: dy }[direction];
		const sideways = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
		if (forward <= 1e-6) continue;
		const cost = forward + 2 * sideways;
		if (cost < bestCost) {
			bestCost = cost;
			best = booth;
		}
	}
	return best;
}

export const ARROW_KEYS: Record<string, Direction> = {
	ArrowLeft: 'left',
	ArrowRight: 'right',
	ArrowUp: 'up',
	ArrowDown: 'down'
};
