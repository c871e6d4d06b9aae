import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords, toCsv } from '../../../src/lib/domain/csv';

describe('parseCsv', () => {
	it('reads quoted fields with commas, doubled quotes and line breaks', () => {
		const rows = parseCsv('a,b,c\r\n"x, y","say ""hola""","line\nbreak"\n');
		expect(rows).toEqual([
			['a', 'b', 'c'],
			['x, y', 'say "hola"', 'line\nbreak']
		]);
	});

	it('drops a byte order mark and blank lines', () => {
		expect(parseCsv('\uFEFFslug\n\nandes\n')).toEqual([['slug'], ['andes']]);
	});

	it('keys records by the header row', () => {
		expect(parseCsvRecords('slug,name\nandes,Andes S.A.C.')).toEqual([
			{ slug: 'andes', name: 'Andes S.A.C.' }
		]);
	});
});

describe('toCsv', () => {
	it('round-trips through parseCsv', () => {
		const records = [{ name: 'Qhapaq, "Energía"', note: 'dos\nlíneas' }];
		const text = toCsv(['name', 'note'], records);
		expect(parseCsvRecords(text)).toEqual(records);
	});

	it('defuses spreadsheet formulas', () => {
		expect(toCsv(['v'], [{ v: '=HYPERLINK("x")' }])).toContain(`"'=HYPERLINK(""x"")"`);
	});
});
