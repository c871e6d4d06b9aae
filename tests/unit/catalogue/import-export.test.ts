import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import { importCatalogue } from '../../../src/lib/server/catalogue/import';
import { exportCollection, exportOrganisations } from '../../../src/lib/server/catalogue/export';
import { parseCsvRecords } from '../../../src/lib/domain/csv';
import { organisationsFromCsv } from '../../../src/lib/domain/import-file';
import { testDb } from '../../support/test-db';

let db: Db;

beforeEach(async () => {
	db = await testDb();
	// The fixture's own sectors in place of the five core ones the migrations add.
	await db.deleteFrom('sector').execute();
	await db
		.insertInto('sector')
		.values([
			{
				key: 'automation',
				name_es: 'Automatización',
				name_en: 'Automation',
				color: '#1d4ed8',
				position: 0
			},
			{ key: 'ai', name_es: 'IA', name_en: 'AI', color: '#6d28d9', position: 1 }
		])
		.execute();
	const hall = await db
		.insertInto('hall')
		.values({ code: 'P1', name_es: 'Pabellón 1', name_en: 'Pavilion 1', width_m: 100, depth_m: 50 })
		.returning('id')
		.executeTakeFirstOrThrow();
	await db
		.insertInto('booth')
		.values([
			{ hall_id: hall.id, code: 'P1-045', x_m: 0, y_m: 0, width_m: 3, depth_m: 3 },
			{ hall_id: hall.id, code: 'P1-046', x_m: 3, y_m: 0, width_m: 3, depth_m: 3 }
		])
		.execute();
});
afterEach(() => db.destroy());

const file = {
	organisations: [
		{
			slug: 'andes-autonomia',
			name: 'Andes Autonomía S.A.C.',
			kind: 'startup',
			country: 'PE',
			city: 'Arequipa',
			sectors: ['automation', 'ai'],
			tags: ['camiones autónomos', 'teleoperación'],
			description: { es: 'Camiones autónomos para tajo abierto.', en: 'Autonomous haul trucks.' },
			exhibitor: { booth: 'P1-045' }
		}
	],
	innovations: [
		{
			slug: 'teleop-5g',
			organisation: 'andes-autonomia',
			title: { es: 'Teleoperación sobre 5G privado', en: 'Teleoperation over private 5G' },
			sector: 'automation',
			trl: 7,
			tags: ['5G']
		}
	]
};

const count = async (table: 'organisation' | 'innovation' | 'outbox' | 'exhibitor') =>
	Number(
		(
			await db
				.selectFrom(table)
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirstOrThrow()
		).n
	);

describe('importCatalogue', () => {
	it('writes organisations, sectors, booth and innovations, with outbox rows for search', async () => {
		const result = await importCatalogue(db, file);
		expect(result).toEqual({
			ok: true,
			summary: {
				organisations: { created: 1, updated: 0 },
				innovations: { created: 1, updated: 0 }
			}
		});
		const booth = await db
			.selectFrom('booth')
			.selectAll()
			.where('code', '=', 'P1-045')
			.executeTakeFirstOrThrow();
		expect(booth.status).toBe('assigned');
		expect(await count('outbox')).toBe(2);
		const [exported] = await exportOrganisations(db);
		expect(exported).toMatchObject({
			slug: 'andes-autonomia',
			sectors: ['automation', 'ai'],
			exhibitor: { booth: 'P1-045' }
		});
	});

	it('upserts by slug on a second import and moves the booth', async () => {
		await importCatalogue(db, file);
		const moved = structuredClone(file);
		moved.organisations[0].name = 'Andes Autonomía S.A.';
		moved.organisations[0].exhibitor = { booth: 'P1-046' };
		const result = await importCatalogue(db, moved);
		expect(result).toMatchObject({
			ok: true,
			summary: { organisations: { created: 0, updated: 1 } }
		});
		expect(await count('organisation')).toBe(1);
		const booths = await db
			.selectFrom('booth')
			.select(['code', 'status'])
			.orderBy('code')
			.execute();
		expect(booths).toEqual([
			{ code: 'P1-045', status: 'free' },
			{ code: 'P1-046', status: 'assigned' }
		]);
	});

	it('writes nothing when any record is invalid', async () => {
		const bad = structuredClone(file) as {
			organisations: Record<string, unknown>[];
			innovations: Record<string, unknown>[];
		};
		bad.innovations.push({
			slug: 'otra',
			organisation: 'andes-autonomia',
			title: { es: 'X' },
			sector: 'mining'
		});
		const result = await importCatalogue(db, bad);
		expect(result).toEqual({
			ok: false,
			problems: ['innovations[1].sector: "mining" is not a sector']
		});
		expect(await count('organisation')).toBe(0);
		expect(await count('innovation')).toBe(0);
		expect(await count('outbox')).toBe(0);
	});

	it('exports in the import shape, so an export imports again unchanged', async () => {
		await importCatalogue(db, file);
		const organisations = JSON.parse(await exportCollection(db, 'organisations', 'json'));
		const innovations = JSON.parse(await exportCollection(db, 'innovations', 'json'));
		const again = await importCatalogue(db, { organisations, innovations });
		expect(again).toMatchObject({
			ok: true,
			summary: { organisations: { updated: 1 }, innovations: { updated: 1 } }
		});
		expect(JSON.parse(await exportCollection(db, 'organisations', 'json'))).toEqual(organisations);
	});

	it('exports CSV that the CSV import reads back', async () => {
		await importCatalogue(db, file);
		const csv = await exportCollection(db, 'organisations', 'csv');
		const records = organisationsFromCsv(parseCsvRecords(csv));
		expect(records[0]).toMatchObject({
			slug: 'andes-autonomia',
			sectors: ['automation', 'ai'],
			tags: ['camiones autónomos', 'teleoperación'],
			exhibitor: { booth: 'P1-045' }
		});
		expect(await importCatalogue(db, { organisations: records })).toMatchObject({ ok: true });
	});
});
