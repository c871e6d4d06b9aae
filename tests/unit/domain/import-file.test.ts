import { describe, expect, it } from 'vitest';
import { organisationsFromCsv, validateImportFile } from '../../../src/lib/domain/import-file';

const ctx = () => ({
	sectors: new Set(['ai', 'automation', 'renewables']),
	booths: new Map<string, string | null>([
		['P1-045', null],
		['P1-046', 'otra-empresa']
	]),
	organisationSlugs: new Set(['otra-empresa'])
});

const validOrg = {
	slug: 'andes-autonomia',
	name: 'Andes Autonomía S.A.C.',
	kind: 'startup',
	country: 'PE',
	sectors: ['automation', 'ai'],
	tags: ['camiones autónomos'],
	description: { es: 'Camiones autónomos', en: 'Autonomous trucks' },
	exhibitor: { booth: 'P1-045' }
};

describe('validateImportFile', () => {
	it('accepts the contract example', () => {
		const result = validateImportFile(
			{
				organisations: [validOrg],
				innovations: [
					{
						slug: 'teleop-5g',
						organisation: 'andes-autonomia',
						title: { es: 'Teleoperación 5G' },
						sector: 'automation',
						trl: 7
					}
				]
			},
			ctx()
		);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.file.innovations[0].trl).toBe(7);
	});

	it('names every problem by its path', () => {
		const result = validateImportFile(
			{
				organisations: [
					{ ...validOrg, country: 'Peru', kind: 'cooperative' },
					{ ...validOrg, exhibitor: { booth: 'P1-046' } },
					{ slug: 'Bad Slug', name: '' }
				],
				innovations: [{ slug: 'x', organisation: 'nadie', title: {}, sector: 'mining', trl: 12 }]
			},
			ctx()
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toEqual(
			expect.arrayContaining([
				'organisations[0].country: "Peru" is not an ISO country code',
				'organisations[0].kind: "cooperative" is not a kind of organisation',
				'organisations[1].slug: "andes-autonomia" appears more than once in the file',
				'organisations[1].exhibitor.booth: "P1-046" is already assigned to otra-empresa',
				'organisations[2].slug: "Bad Slug" must be lowercase letters, digits and single hyphens',
				'organisations[2].name: is required',
				'organisations[2].kind: is required',
				'organisations[2].country: is required',
				'innovations[0].organisation: "nadie" is not an organisation in the file or the database',
				'innovations[0].title: needs at least one language (es or en)',
				'innovations[0].sector: "mining" is not a sector',
				'innovations[0].trl: must be a whole number from 1 to 9, got 12'
			])
		);
	});

	it('refuses a file that is not an object, and unknown sections', () => {
		expect(validateImportFile([], ctx())).toMatchObject({ ok: false });
		const result = validateImportFile({ exhibitors: [] }, ctx());
		expect(result).toEqual({ ok: false, problems: ['exhibitors: is not a known section'] });
	});

	it('refuses two organisations on one booth', () => {
		const result = validateImportFile(
			{ organisations: [validOrg, { ...validOrg, slug: 'otra' }] },
			ctx()
		);
		expect(result).toMatchObject({
			ok: false,
			problems: ['organisations[1].exhibitor.booth: "P1-045" is also given to andes-autonomia']
		});
	});
});

describe('organisationsFromCsv', () => {
	it('splits lists on semicolons and maps the booth column', () => {
		const [org] = organisationsFromCsv([
			{
				slug: 'a',
				name: 'A',
				kind: 'company',
				country: 'CL',
				sectors: 'ai; automation',
				tags: '',
				booth: 'P1-045'
			}
		]) as Array<Record<string, unknown>>;
		expect(org.sectors).toEqual(['ai', 'automation']);
		expect(org.tags).toEqual([]);
		expect(org.exhibitor).toEqual({ booth: 'P1-045' });
	});
});
