import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import { createHall } from '../../../src/lib/server/floor/halls';
import { addBooth } from '../../../src/lib/server/floor/booths';
import { assignExhibitor } from '../../../src/lib/server/floor/assignment';
import { buildReportCsv, loadDashboard } from '../../../src/lib/server/reports';
import { csvCell } from '../../../src/lib/server/reports/csv';
import { addExhibitor, freshDb } from './fixture';

let db: Db;

beforeEach(async () => {
	db = await freshDb();
	await createHall(db, null, {
		code: 'P1',
		name_es: 'Pabellón 1',
		name_en: 'Pavilion 1',
		width: 20,
		depth: 10
	});
	for (const x of [0, 3, 6, 9]) await addBooth(db, null, 'P1', { x, y: 0, width: 3, depth: 3 });
	const a = await addExhibitor(db, 'andes', { sectors: ['ai', 'renewables'], country: 'PE' });
	const b = await addExhibitor(db, 'boreal', { sectors: ['ai'], kind: 'startup', country: 'CL' });
	await addExhibitor(db, 'pending', { status: 'pending', country: 'AR' });
	await assignExhibitor(db, null, a.exhibitorId, 'P1-001');
	await assignExhibitor(db, null, b.exhibitorId, 'P1-002');
	await db
		.insertInto('search_log')
		.values([
			{ query: 'Litio', locale: 'es', hits: 3 },
			{ query: 'litio ', locale: 'es', hits: 0 },
			{ query: '=cmd', locale: 'es', hits: 0 }
		])
		.execute();
	await db
		.insertInto('schedule_run')
		.values({ started_at: 1, finished_at: 2, scheduled_weight: 90, upper_bound: 100 })
		.execute();
});
afterEach(() => db.destroy());

describe('dashboard figures', () => {
	it('counts approved exhibitors only, booths per pavilion, searches and the schedule quality', async () => {
		const d = await loadDashboard(db);
		expect(d.totals).toEqual({ exhibitors: 2, booths: 4, boothsTaken: 2, meetings: 0 });
		expect(d.bySector.map((s) => [s.key, s.count])).toEqual([
			['ai', 2],
			['renewables', 1]
		]);
		expect(d.byKind).toEqual([
			{ key: 'company', count: 1 },
			{ key: 'startup', count: 1 }
		]);
		expect(d.byCountry.map((c) => c.key).sort()).toEqual(['CL', 'PE']);
		expect(d.occupancy).toMatchObject([{ code: 'P1', total: 4, taken: 2, free: 2 }]);
		expect(d.searches[0]).toEqual({ term: 'litio', count: 2, empty: 1 });
		expect(d.quality?.ratio).toBeCloseTo(0.9);
	});

	it('exports each figure as CSV with headers in the organiser language and no live formulas', async () => {
		const occupancy = await buildReportCsv(db, 'occupancy', 'es');
		expect(occupancy).toBe(
			'\ufeffpabellon,nombre,stands,ocupados,reservados_o_bloqueados,libres,ocupacion\r\nP1,Pabellón 1,4,2,0,2,0.500\r\n'
		);
		const searches = await buildReportCsv(db, 'searches', 'en');
		expect(searches).toContain("'=cmd,1,1");
		expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
		expect(await buildReportCsv(db, 'schedule-quality', 'en')).toContain(',90,100,0.9000,false');
	});
});
