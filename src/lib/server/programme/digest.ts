/**
 * One message per affected person when the organiser publishes (and so locks) meetings: a
 * digest of their meetings, in their language, never one mail per meeting.
 */
import { messagesFor } from '../../i18n';
import type { Db } from '../db/client';
import { formatWhen, notify } from '../matchmaking/notify';

export async function notifyPublished(db: Db, meetingIds: number[]): Promise<number> {
	if (meetingIds.length === 0) return 0;
	const rows = await db
		.selectFrom('meeting_attendee as me')
		.innerJoin('meeting as m', 'm.id', 'me.meeting_id')
		.innerJoin('meeting_attendee as other', (j) =>
			j.onRef('other.meeting_id', '=', 'm.id').onRef('other.user_id', '<>', 'me.user_id')
		)
		.innerJoin('user as u', 'u.id', 'me.user_id')
		.innerJoin('user as p', 'p.id', 'other.user_id')
		.innerJoin('meeting_slot as s', 's.id', 'm.slot_id')
		.innerJoin('meeting_table as t', 't.id', 'm.table_id')
		.select([
			'me.user_id as userId',
			'u.locale',
			'p.name as partner',
			's.starts_at as startsAt',
			't.number as tableNumber',
			'm.locked'
		])
		.where('m.id', 'in', meetingIds)
		.where('m.status', '=', 'active')
		.orderBy('me.user_id')
		.orderBy('s.starts_at')
		.execute();
	const byPerson = new Map<number, typeof rows>();
	for (const r of rows) byPerson.set(r.userId, [...(byPerson.get(r.userId) ?? []), r]);
	for (const [userId, meetings] of byPerson) {
		const t = messagesFor(meetings[0].locale).matchmaking.mail;
		await notify(db, userId, 'schedule-published', {
			partner: '',
			lines: meetings.map((m) =>
				t.digestLine(formatWhen(m.startsAt, m.locale), m.tableNumber, m.partner, m.locked === 1)
			)
		});
	}
	return byPerson.size;
}
