import { describe, expect, it } from 'vitest';
import { formatDateRange } from '../../../src/lib/domain/text';

describe('formatDateRange', () => {
	it('formats an event’s dates in each language, the same on every call', () => {
		const es = formatDateRange('2027-09-20', '2027-09-24', 'es');
		// Peruvian Spanish writes "setiembre".
		expect(es).toBe('20–24 de setiembre de 2027');
		expect(formatDateRange('2027-09-20', '2027-09-24', 'en')).toMatch(/20.*24.*September.*2027/);
		// Memoised: the second answer is the same string.
		expect(formatDateRange('2027-09-20', '2027-09-24', 'es')).toBe(es);
	});

	it('gives an empty string for a date it cannot read', () => {
		expect(formatDateRange('2027-13-40', '2027-09-24', 'es')).toBe('');
		expect(formatDateRange('', '', 'en')).toBe('');
	});
});
