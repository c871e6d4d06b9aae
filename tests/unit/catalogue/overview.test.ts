import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import { getEventOverview } from '../../../src/lib/server/catalogue/overview';
import { importCatalogue } from '../../../src/lib/server/catalogue/import';
import { testDb } from '../../support/test-db';

let db: Db;

beforeEach(async () => {
	db = await testDb();
});
afterEach(() => db.destroy());

const text = (es: string) => ({ es, en: es });
const organisation = (slug: string, country: string, sectors: string[]) => ({
	slug,
	name: `Org ${slug}`,
	kind: 'startup',
	country,
	sectors
});
const innovation = (slug: string, organisation: string, sector: string) => ({
	slug,
	organisation,
	title: text(`Innovación ${slug}`),
	summary: text('Resumen'),
	description: text('Descripción'),
	sector,
	tags: []
});

describe('the home page figures', () => {
	it('count only what a visitor can find: approved organisations and their innovations', async () => {
		const imported = await importCatalogue(db, {
			organisations: [
				organisation('andes', 'PE', ['automation']),
				organisation('pendiente', 'CL', ['ai'])
			],
			innovations: [
				innovation('robot', 'andes', 'automation'),
				innovation('oculta', 'pendiente', 'ai')
			]
		});
		expect(imported).toMatchObject({ ok: true });
		await db
			.updateTable('organisation')
			.set({ moderation: 'pending' })
			.where('slug', '=', 'pendiente')
			.execute();
		const overview = await getEventOverview(db);
		expect(overview.totals).toMatchObject({ innovations: 1, countries: 1 });
		const sector = (key: string) => overview.sectors.find((s) => s.key === key);
		expect(sector('automation')).toMatchObject({ organisations: 1, innovations: 1 });
		// The organisation waiting for review, and its innovation, are not counted yet.
		expect(sector('ai')).toMatchObject({ organisations: 0, innovations: 0 });
	});
});
