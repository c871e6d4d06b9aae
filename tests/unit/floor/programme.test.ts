import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import {
	checkProgramme,
	limaClock,
	limaInstant,
	parseBreaks,
	slotsForDay
} from '../../../src/lib/domain/programme';
import { addDay, listDays, removeDay, saveHours } from '../../../src/lib/server/programme/days';
import { ProgrammeError } from '../../../src/lib/server/programme/errors';
import { describeProgrammeIssue } from '../../../src/lib/server/programme/describe';
import {
	programmeStatus,
	publishSchedule,
	setRequestWindow
} from '../../../src/lib/server/programme/publish';
import { readSpec } from '../../../src/lib/server/programme/settings';
import { listTableZones, saveTables } from '../../../src/lib/server/programme/tables';
import { tableSheets, personSheets } from '../../../src/lib/server/programme/sheets';
import { freshDb } from './fixture';

const spec = {
	dayStart: '09:00',
	dayEnd: '12:00',
	slotMinutes: 20,
	breaks: [{ start: '10:30', end: '11:00' }]
};

describe('slot arithmetic in Lima time', () => {
	it('turns Lima wall-clock times into UTC instants (UTC-5, no DST)', () => {
		expect(new Date(limaInstant('2027-09-21', 9 * 60) * 1000).toISOString()).toBe(
			'2027-09-21T14:00:00.000Z'
		);
		expect(limaClock(limaInstant('2027-01-15', 23 * 60 + 40))).toBe('23:40');
	});
	it('lays slots back to back and skips breaks', () => {
		const slots = slotsForDay('2027-09-21', spec).map((s) => limaClock(s.startsAt));
		expect(slots).toEqual(['09:00', '09:20', '09:40', '10:00', '11:00', '11:20', '11:40']);
	});
	it('names what is wrong with the hours', () => {
		expect(checkProgramme({ ...spec, dayEnd: '08:00', breaks: [] })).toEqual([
			{ field: 'dayEnd', kind: 'before-start' }
		]);
		expect(
			checkProgramme({ ...spec, breaks: [{ start: '13:00', end: '14:00' }] })[0]
		).toMatchObject({
			kind: 'break-outside',
			index: 0
		});
		expect(parseBreaks('13:00-14:30\n16:00 - 16:15')).toEqual([
			{ start: '13:00', end: '14:30' },
			{ start: '16:00', end: '16:15' }
		]);
		expect(parseBreaks('lunch')).toBeNull();
	});
});

describe('programme services', () => {
	let db: Db;
	beforeEach(async () => {
		db = await freshDb();
	});
	afterEach(() => db.destroy());

	async function scheduleOneMeeting() {
		const users = await db
			.insertInto('user')
			.values([
				{ email: 'a@x.pe', name: 'Ana' },
				{ email: 'b@x.pe', name: 'Bruno' }
			])
			.returning('id')
			.execute();
		const slot = await db
			.selectFrom('meeting_slot')
			.select(['id', 'starts_at'])
			.orderBy('starts_at')
			.executeTakeFirstOrThrow();
		const table = await db.selectFrom('meeting_table').select('id').executeTakeFirstOrThrow();
		const request = await db
			.insertInto('meeting_request')
			.values({ from_user_id: users[0].id, to_user_id: users[1].id, status: 'accepted' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const meeting = await db
			.insertInto('meeting')
			.values({ request_id: request.id, slot_id: slot.id, table_id: table.id })
			.returning('id')
			.executeTakeFirstOrThrow();
		await db
			.insertInto('meeting_attendee')
			.values(users.map((u) => ({ meeting_id: meeting.id, user_id: u.id, slot_id: slot.id })))
			.execute();
		return { users };
	}

	it('adds days with their slots and regenerates them when the hours change', async () => {
		await saveHours(db, null, spec);
		await addDay(db, null, '2027-09-21');
		await addDay(db, null, '2027-09-22');
		expect((await listDays(db)).map((d) => d.slots)).toEqual([7, 7]);
		await saveHours(db, null, { ...spec, breaks: [] });
		expect((await listDays(db)).map((d) => d.slots)).toEqual([9, 9]);
		expect(await readSpec(db)).toEqual({ ...spec, breaks: [] });
		const err = await addDay(db, null, '2027-09-21').catch((e: unknown) => e);
		expect(err).toBeInstanceOf(ProgrammeError);
		expect(describeProgrammeIssue((err as ProgrammeError).issue, 'es')).toBe(
			'El día 2027-09-21 ya está en el programa.'
		);
	});

	it('protects slots and days that hold meetings, and publishing locks them', async () => {
		await saveHours(db, null, spec);
		await addDay(db, null, '2027-09-21');
		await saveTables(db, null, { count: 4, first: 1, zone: 'Zona A' });
		await saveTables(db, null, { count: 2, first: 5, zone: 'Zona B' });
		expect(await listTableZones(db)).toEqual([
			{ zone: 'Zona A', count: 4, first: 1, last: 4 },
			{ zone: 'Zona B', count: 2, first: 5, last: 6 }
		]);
		await scheduleOneMeeting();
		const day = (await listDays(db))[0];
		expect(day.meetings).toBe(1);
		await expect(removeDay(db, null, day.id)).rejects.toBeInstanceOf(ProgrammeError);
		await expect(saveHours(db, null, { ...spec, dayStart: '09:10' })).rejects.toBeInstanceOf(
			ProgrammeError
		);
		expect((await listDays(db))[0].slots).toBe(7);

		await setRequestWindow(db, null, false);
		expect(await publishSchedule(db, null)).toBe(1);
		expect(await programmeStatus(db)).toEqual({
			requestsOpen: false,
			published: true,
			meetings: 1,
			locked: 1,
			drafts: 0
		});

		const tables = await tableSheets(db, day.id);
		expect(tables).toMatchObject([{ table: 1, zone: 'Zona A', meetings: [{ time: '09:00' }] }]);
		expect(tables[0].meetings[0].people.map((p) => p.name).sort()).toEqual(['Ana', 'Bruno']);
		const people = await personSheets(db, day.id, null);
		expect(people.map((p) => p.name)).toEqual(['Ana', 'Bruno']);
		const actions = await db.selectFrom('audit_log').select('action').execute();
		expect(actions.map((a) => a.action)).toContain('schedule.publish');
	});
});
