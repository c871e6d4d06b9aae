import { describe, expect, it } from 'vitest';
import { neighbourBooth } from '../../../src/lib/domain/floor-navigation';

// Two rows of three 3 m booths, and one wide booth under the middle of the second row.
const at = (code: string, x: number, y: number, width = 3) => ({ code, x, y, width, depth: 3 });
const booths = [
	at('A1', 0, 0),
	at('A2', 3, 0),
	at('A3', 6, 0),
	at('B1', 0, 3),
	at('B2', 3, 3),
	at('B3', 6, 3),
	at('C', 1.5, 9, 6)
];
const from = (code: string) => booths.find((b) => b.code === code)!;
const move = (code: string, direction: 'left' | 'right' | 'up' | 'down') =>
	neighbourBooth(booths, from(code), direction)?.code ?? null;

describe('neighbourBooth', () => {
	it('keeps to the row for left and right and to the column for up and down', () => {
		expect(move('A1', 'right')).toBe('A2');
		expect(move('A2', 'left')).toBe('A1');
		expect(move('A2', 'down')).toBe('B2');
		expect(move('B3', 'up')).toBe('A3');
	});

	it('crosses an aisle to the nearest booth in that direction', () => {
		expect(move('B2', 'down')).toBe('C');
		expect(move('C', 'up')).toBe('B2');
	});

	it('stops at the edge of the hall', () => {
		expect(move('A1', 'left')).toBeNull();
		expect(move('A1', 'up')).toBeNull();
		expect(move('A3', 'right')).toBeNull();
		expect(move('C', 'down')).toBeNull();
	});
});
