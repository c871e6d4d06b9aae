import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../src/lib/server/seed/content/themes';
import {
	bilingualTags,
	TAG_TRANSLATIONS
} from '../../../src/lib/server/seed/content/tag-translations';
import { carryTagTranslations, tagsIn } from '../../../src/lib/domain/text';
import { validateImportFile } from '../../../src/lib/domain/import-file';

describe('tags in two languages', () => {
	it('translates every tag the demo themes use', () => {
		const missing = THEMES.flatMap((t) => t.tags).filter((tag) => !(tag in TAG_TRANSLATIONS));
		expect(missing).toEqual([]);
		expect(JSON.parse(bilingualTags(['gemelo digital', 'biolixiviación']).tags_en)).toEqual([
			'digital twin',
			'bioleaching'
		]);
	});

	it('shows the reader language, and untranslated lists as written', () => {
		const row = { tags: ['catenaria', 'LiDAR'], tags_en: ['overhead catenary', 'LiDAR'] };
		expect(tagsIn('en', row)).toEqual(['overhead catenary', 'LiDAR']);
		expect(tagsIn('es', row)).toEqual(['catenaria', 'LiDAR']);
		expect(tagsIn('en', { tags: ['5G'], tags_en: [] })).toEqual(['5G']);
	});

	it('keeps the English of the tags an owner keeps when editing', () => {
		expect(
			carryTagTranslations(
				['catenaria', 'nuevo'],
				['catenaria', 'baterías'],
				['overhead catenary', 'batteries']
			)
		).toEqual(['overhead catenary', 'nuevo']);
		expect(carryTagTranslations(['nuevo'], ['catenaria'], ['overhead catenary'])).toEqual([]);
	});
});

describe('import file tags', () => {
	const org = (tags: unknown) => ({
		organisations: [{ slug: 'andes', name: 'Andes', kind: 'startup', country: 'PE', tags }]
	});
	const context = {
		sectors: new Set(['ai']),
		booths: new Map<string, string | null>(),
		organisationSlugs: new Set<string>()
	};

	it('accepts a plain list as before', () => {
		const result = validateImportFile(org(['teleoperación', '5G']), context);
		expect(result.ok && result.file.organisations[0]).toMatchObject({
			tags: ['teleoperación', '5G']
		});
		expect(result.ok && result.file.organisations[0].tagsEn).toBeUndefined();
	});

	it('accepts { es, en } objects mixed with strings', () => {
		const result = validateImportFile(
			org([{ es: 'gemelo digital', en: 'digital twin' }, '5G', { en: 'haulage' }]),
			context
		);
		expect(result.ok).toBe(true);
		const parsed = result.ok ? result.file.organisations[0] : null;
		expect(parsed?.tags).toEqual(['gemelo digital', '5G', 'haulage']);
		expect(parsed?.tagsEn).toEqual(['digital twin', '5G', 'haulage']);
	});

	it('names a bad tag object with its path', () => {
		const result = validateImportFile(org([{ fr: 'jumeau' }, {}]), context);
		expect(result.ok).toBe(false);
		const problems = result.ok ? [] : result.problems;
		expect(problems.some((p) => p.startsWith('organisations[0].tags[0].fr:'))).toBe(true);
		expect(problems.some((p) => p.startsWith('organisations[0].tags[1]:'))).toBe(true);
	});
});
