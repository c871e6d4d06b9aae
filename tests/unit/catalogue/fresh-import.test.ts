import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import { testDb } from '../../support/test-db';
import { importCatalogue } from '../../../src/lib/server/catalogue/import';
import { CORE_SECTOR_DEFINITIONS } from '../../../src/lib/domain/taxonomy';
import { createHall } from '../../../src/lib/server/floor/halls';
import { addBooth } from '../../../src/lib/server/floor/booths';
import { generateHallGrid } from '../../../src/lib/server/floor/grid';

/** A fresh database (no demo) accepts the documented import: docs/contracts.md, "Import file". */
let db: Db;

beforeEach(async () => {
	db = await testDb();
});
afterEach(() => db.destroy());

const organisation = (slug: string, booth?: string) => ({
	slug,
	name: `Org ${slug}`,
	kind: 'startup',
	country: 'PE',
	sectors: ['automation', 'ai'],
	...(booth ? { exhibitor: { booth } } : {})
});

async function exhibitorOf(slug: string) {
	return db
		.selectFrom('exhibitor')
		.innerJoin('organisation', 'organisation.id', 'exhibitor.organisation_id')
		.leftJoin('booth', 'booth.id', 'exhibitor.booth_id')
		.select(['exhibitor.requested_booth_code', 'booth.code', 'booth.status'])
		.where('organisation.slug', '=', slug)
		.executeTakeFirstOrThrow();
}

describe('a fresh database', () => {
	it('has the five core sectors with their names and colours', async () => {
		const rows = await db.selectFrom('sector').selectAll().orderBy('position').execute();
		expect(rows.map((r) => [r.key, r.name_es, r.name_en, r.color, r.core])).toEqual(
			CORE_SECTOR_DEFINITIONS.map((s) => [s.key, s.name.es, s.name.en, s.color, 1])
		);
	});

	it('imports organisations whose booth codes the floor plan does not have yet', async () => {
		const result = await importCatalogue(db, { organisations: [organisation('andes', 'P2-150')] });
		expect(result).toMatchObject({ ok: true });
		expect(await exhibitorOf('andes')).toEqual({
			requested_booth_code: 'P2-150',
			code: null,
			status: null
		});
	});

	it('assigns the booth as soon as one with that code is drawn', async () => {
		await importCatalogue(db, { organisations: [organisation('andes', 'P2-003')] });
		await createHall(db, null, {
			code: 'P2',
			name_es: 'Pabellón 2',
			name_en: 'Pavilion 2',
			width: 60,
			depth: 30
		});
		await addBooth(db, null, 'P2', { code: 'P2-001', x: 0, y: 0, width: 3, depth: 3 });
		expect((await exhibitorOf('andes')).code).toBeNull();
		await addBooth(db, null, 'P2', { code: 'P2-003', x: 6, y: 0, width: 3, depth: 3 });
		expect(await exhibitorOf('andes')).toEqual({
			requested_booth_code: null,
			code: 'P2-003',
			status: 'assigned'
		});
		const audit = await db.selectFrom('audit_log').select(['action', 'target_id']).execute();
		expect(audit).toContainEqual({ action: 'booth.assign', target_id: 'andes' });
	});

	it('assigns waiting exhibitors when a grid of booths is generated', async () => {
		await importCatalogue(db, {
			organisations: [organisation('uno', 'P3-001'), organisation('dos', 'P3-002')]
		});
		await createHall(db, null, {
			code: 'P3',
			name_es: 'Pabellón 3',
			name_en: 'Pavilion 3',
			width: 40,
			depth: 20
		});
		await generateHallGrid(db, null, 'P3', {
			boothWidth: 3,
			boothDepth: 3,
			aisle: 3,
			blockLength: 4,
			replace: false
		});
		expect((await exhibitorOf('uno')).code).toBe('P3-001');
		expect((await exhibitorOf('dos')).code).toBe('P3-002');
	});

	it('refuses booth codes of the wrong shape, naming the row', async () => {
		const result = await importCatalogue(db, {
			organisations: [organisation('andes'), organisation('minera', 'stand 5')]
		});
		expect(result).toEqual({
			ok: false,
			problems: [
				expect.stringMatching(
					/^organisations\[1\]\.exhibitor\.booth: "stand 5" is not a booth code/
				)
			]
		});
		expect(await db.selectFrom('organisation').select('id').execute()).toEqual([]);
	});

	it('refuses a code another exhibitor already waits for or holds', async () => {
		await importCatalogue(db, { organisations: [organisation('andes', 'P2-150')] });
		const waiting = await importCatalogue(db, { organisations: [organisation('otra', 'P2-150')] });
		expect(waiting).toEqual({
			ok: false,
			problems: ['organisations[0].exhibitor.booth: "P2-150" is already assigned to andes']
		});
		await createHall(db, null, {
			code: 'P2',
			name_es: 'Pabellón 2',
			name_en: 'Pavilion 2',
			width: 60,
			depth: 30
		});
		await addBooth(db, null, 'P2', { code: 'P2-150', x: 0, y: 0, width: 3, depth: 3 });
		const held = await importCatalogue(db, { organisations: [organisation('otra', 'P2-150')] });
		expect(held).toEqual({
			ok: false,
			problems: ['organisations[0].exhibitor.booth: "P2-150" is already assigned to andes']
		});
		// Importing the holder again with the same code changes nothing.
		expect(
			await importCatalogue(db, { organisations: [organisation('andes', 'P2-150')] })
		).toMatchObject({ ok: true });
		expect((await exhibitorOf('andes')).code).toBe('P2-150');
	});
});
