import type { PlannedProfile } from './matchmaking';
import type { PlannedRequest } from './meetings';
import type { PlannedSlot } from './programme';
import type { Random } from './random';

export interface PlannedMeeting {
	id: number;
	request_id: number;
	slot_id: number;
	table_id: number;
	status: 'active';
	locked: number;
	created_at: number;
}

export interface PlannedAttendee {
	meeting_id: number;
	user_id: number;
	slot_id: number;
	status: 'active';
}

/**
 * Books about half the accepted requests, each in a slot where both people are available
 * and free, at a free table: the same rules the schema's unique indexes enforce.
 */
export function planBookings(
	rng: Random,
	requests: PlannedRequest[],
	profiles: PlannedProfile[],
	slots: PlannedSlot[],
	tableCount: number
) {
	const profileOf = new Map(profiles.map((p) => [p.person.id, p]));
	const busy = new Set<string>();
	const booked = new Map<number, number>();
	const tablesUsed = new Map<number, Set<number>>();
	const meetings: PlannedMeeting[] = [];
	const attendees: PlannedAttendee[] = [];
	for (const request of requests) {
		if (request.status !== 'accepted' || !rng.chance(0.5)) continue;
		const people = [profileOf.get(request.from_user_id)!, profileOf.get(request.to_user_id)!];
		if (
			people.some((p) => p.maxMeetings !== null && (booked.get(p.person.id) ?? 0) >= p.maxMeetings)
		) {
			continue;
		}
		const open = slots.filter((s) =>
			people.every((p) => p.available.has(s.id) && !busy.has(`${p.person.id}:${s.id}`))
		);
		const slot = open.length ? rng.pick(open) : null;
		const used = slot ? (tablesUsed.get(slot.id) ?? new Set<number>()) : null;
		if (!slot || !used || used.size >= tableCount) continue;
		const free = Array.from({ length: tableCount }, (_, i) => i + 1).filter((t) => !used.has(t));
		const table = rng.pick(free);
		used.add(table);
		tablesUsed.set(slot.id, used);
		const id = meetings.length + 1;
		meetings.push({
			id,
			request_id: request.id,
			slot_id: slot.id,
			table_id: table,
			status: 'active',
			locked: 0,
			created_at: request.updated_at
		});
		for (const p of people) {
			busy.add(`${p.person.id}:${slot.id}`);
			booked.set(p.person.id, (booked.get(p.person.id) ?? 0) + 1);
			attendees.push({ meeting_id: id, user_id: p.person.id, slot_id: slot.id, status: 'active' });
		}
	}
	return { meetings, attendees };
}

export interface PlannedNotification {
	user_id: number;
	kind: string;
	payload: string;
	created_at: number;
	read_at: number | null;
}

export interface Recipient {
	name: string;
	locale: 'es' | 'en';
}

/**
 * A handful of read and unread notifications, so the bell has something to show. Kinds and
 * payloads follow matchmaking/notify.ts: `{ partner, when?, table? }`.
 */
export function planNotifications(
	requests: PlannedRequest[],
	bookings: { meetings: PlannedMeeting[]; attendees: PlannedAttendee[] },
	people: Map<number, Recipient>,
	slots: PlannedSlot[]
): PlannedNotification[] {
	const received = requests
		.filter((r) => r.status === 'pending')
		.slice(0, 5)
		.map((r, i) => ({
			user_id: r.to_user_id,
			kind: 'request-received',
			payload: JSON.stringify({ partner: people.get(r.from_user_id)?.name }),
			created_at: r.created_at,
			read_at: i % 2 === 0 ? null : r.created_at + 3600
		}));
	const startsAt = new Map(slots.map((s) => [s.id, s.starts_at]));
	const booked = bookings.meetings.slice(0, 3).flatMap((m) => {
		const pair = bookings.attendees.filter((a) => a.meeting_id === m.id);
		return pair.map((a) => {
			const partner = pair.find((other) => other.user_id !== a.user_id)!.user_id;
			const locale = people.get(a.user_id)?.locale ?? 'es';
			const when = formatWhen(startsAt.get(m.slot_id)!, locale);
			return {
				user_id: a.user_id,
				kind: 'meeting-booked',
				payload: JSON.stringify({ partner: people.get(partner)?.name, when, table: m.table_id }),
				created_at: m.created_at,
				read_at: null
			};
		});
	});
	return [...received, ...booked];
}

/** The same wording as matchmaking/notify.ts formatWhen: "martes 21 sep., 09:00" in Lima. */
function formatWhen(startsAt: number, locale: 'es' | 'en'): string {
	return new Intl.DateTimeFormat(locale === 'es' ? 'es-PE' : 'en-GB', {
		weekday: 'long',
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'America/Lima'
	}).format(new Date(startsAt * 1000));
}
