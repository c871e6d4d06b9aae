import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import {
	calendarFor,
	rotateCalendarToken,
	userForCalendarToken
} from '../../../src/lib/server/matchmaking/calendar';
import { acceptRequest, sendRequest } from '../../../src/lib/server/matchmaking/requests';
import { addEvent, addUser, FIRST_SLOT, freshDb } from './fixtures';

let db: Db;
beforeEach(async () => {
	db = await freshDb();
});
afterEach(() => db.destroy());

describe('iCal', () => {
	it('parses with ical.js and carries the time and the table number for both people', async () => {
		await addEvent(db, 2, 7);
		const [a, b] = [await addUser(db), await addUser(db)];
		await acceptRequest(db, b, await sendRequest(db, a, b, ''));
		for (const [user, locale] of [
			[a, 'es'],
			[b, 'en']
		] as const) {
			const text = await calendarFor(db, user, locale, 'https://extemin.example');
			const vcal = new ICAL.Component(ICAL.parse(text));
			const events = vcal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
			expect(events).toHaveLength(1);
			expect(events[0].startDate.toJSDate().getTime()).toBe(FIRST_SLOT * 1000);
			expect(events[0].location).toMatch(locale === 'es' ? /Mesa 1\b/ : /Table 1\b/);
			expect(events[0].uid).toMatch(/^meeting-\d+@extemin$/);
		}
	});

	it('writes instants, not floating times: 09:00 in Lima is 14:00 UTC whatever the reader zone', async () => {
		await addEvent(db, 2, 7);
		const [a, b] = [await addUser(db), await addUser(db)];
		await acceptRequest(db, b, await sendRequest(db, a, b, ''));
		const text = await calendarFor(db, a, 'es', 'https://extemin.example');
		expect(text).toMatch(/DTSTART(;VALUE=DATE-TIME)?:\d{8}T\d{6}Z/);
		const [event] = new ICAL.Component(ICAL.parse(text))
			.getAllSubcomponents('vevent')
			.map((e) => new ICAL.Event(e));
		// A floating time has the "floating" zone; ical.js would read it in the machine's zone.
		expect(event.startDate.zone.tzid).toBe('UTC');
		const instant = event.startDate.toJSDate();
		expect(instant.getTime()).toBe(FIRST_SLOT * 1000);
		const clock = (timeZone: string) =>
			new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(
				instant
			);
		expect(clock('America/Lima')).toBe('09:00');
		expect(clock('UTC')).toBe('14:00');
	});

	it('feed tokens are stored hashed, resolve to their user, and rotate', async () => {
		const a = await addUser(db);
		const token = await rotateCalendarToken(db, a);
		expect(await userForCalendarToken(db, token)).toBe(a);
		const stored = await db
			.selectFrom('calendar_token' as never)
			.selectAll()
			.execute();
		expect(JSON.stringify(stored)).not.toContain(token);
		const again = await rotateCalendarToken(db, a);
		expect(await userForCalendarToken(db, token)).toBeNull();
		expect(await userForCalendarToken(db, again)).toBe(a);
		expect(await userForCalendarToken(db, 'not a token')).toBeNull();
	});
});
