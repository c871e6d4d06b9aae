/** The personal iCal feed (a secret URL, since calendar apps send no cookies) and .ics file. */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { listAgenda, type AgendaMeeting } from './meetings';
import { matchmakingDb } from './tables';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new feed secret (160 bits, base64url); the old URL stops working. Shown once, stored hashed. */
export async function rotateCalendarToken(db: Db, userId: number): Promise<string> {
	const token = randomBytes(20).toString('base64url');
	await matchmakingDb(db)
		.insertInto('calendar_token')
		.values({ user_id: userId, token_hash: hash(token) })
		.onConflict((oc) =>
			oc
				.column('user_id')
				.doUpdateSet({ token_hash: hash(token), created_at: Math.floor(Date.now() / 1000) })
		)
		.execute();
	return token;
}

export async function hasCalendarToken(db: Db, userId: number): Promise<boolean> {
	const row = await matchmakingDb(db)
		.selectFrom('calendar_token')
		.select('user_id')
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return row !== undefined;
}

/** Ends the feed URL (password reset, "end other sessions"); a new one can be made on /agenda. */
export async function revokeCalendarToken(db: Db, userId: number): Promise<void> {
	await matchmakingDb(db).deleteFrom('calendar_token').where('user_id', '=', userId).execute();
}

/**
 * The user the feed token belongs to, unless the account is disabled; the lookup is by hash,
 * so timing reveals nothing useful.
 */
export async function userForCalendarToken(db: Db, token: string): Promise<number | null> {
	if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
	const row = await matchmakingDb(db)
		.selectFrom('calendar_token')
		.innerJoin('user', 'user.id', 'calendar_token.user_id')
		.select('calendar_token.user_id')
		.where('calendar_token.token_hash', '=', hash(token))
		.where('user.disabled_at', 'is', null)
		.executeTakeFirst();
	return row?.user_id ?? null;
}

const WORDS = {
	es: { meeting: 'Reunión con', table: 'Mesa', place: 'Rueda de negocios EXTEMIN' },
	en: { meeting: 'Meeting with', table: 'Table', place: 'EXTEMIN business meetings' }
};

export function buildCalendar(
	meetings: AgendaMeeting[],
	locale: 'es' | 'en',
	origin: string
): string {
	const w = WORDS[locale];
	// Instants in UTC (`...Z`): a calendar-wide zone without its VTIMEZONE made ical-generator
	// write floating local times, which every calendar read in its own zone. Calendars show
	// UTC instants in the reader's zone, so a 09:00 Lima meeting reads 09:00 in Lima.
	const calendar = ical({ name: 'EXTEMIN Connect', method: ICalCalendarMethod.PUBLISH });
	for (const m of meetings) {
		const who = m.partner.organisation
			? `${m.partner.name} (${m.partner.organisation})`
			: m.partner.name;
		// A zone is a name the organisers give ("Zona A"), shown as is.
		const table = `${w.table} ${m.tableNumber}${m.zone ? `, ${m.zone}` : ''}`;
		calendar.createEvent({
			id: `meeting-${m.meetingId}@extemin`,
			start: new Date(m.startsAt * 1000),
			end: new Date(m.endsAt * 1000),
			summary: `${w.meeting} ${who} · ${w.table} ${m.tableNumber}`,
			location: `${w.place}, ${table}`,
			description: `${table}\n${origin}/agenda`
		});
	}
	return calendar.toString();
}

export async function calendarFor(
	db: Db,
	userId: number,
	locale: 'es' | 'en',
	origin: string
): Promise<string> {
	return buildCalendar(await listAgenda(db, userId), locale, origin);
}
