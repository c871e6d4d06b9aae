import { limaClock, type ProgrammeSpec } from '../../domain/programme';
import type { Db } from '../db/client';
import { findSettings, upsertSetting } from '../db/queries/settings';

export const KEYS = {
	dayStart: 'programme.day_start',
	dayEnd: 'programme.day_end',
	slotMinutes: 'programme.slot_minutes',
	breaks: 'programme.breaks',
	requestsOpen: 'requests.open',
	published: 'schedule.published'
} as const;

/** Settings flags are stored as '1' / '0' (the seed's convention). */
export const isOn = (value: string | undefined) => value === '1' || value === 'true';

/**
 * The programme's hours: from settings when saved, otherwise read off the first day's slots
 * (the demo data and older databases have slots but no saved hours).
 */
export async function readSpec(db: Db): Promise<ProgrammeSpec> {
	const settings = await findSettings(db);
	if (settings[KEYS.dayStart]) {
		return {
			dayStart: settings[KEYS.dayStart],
			dayEnd: settings[KEYS.dayEnd] ?? '18:00',
			slotMinutes: Number(settings[KEYS.slotMinutes] ?? 20),
			breaks: JSON.parse(settings[KEYS.breaks] ?? '[]')
		};
	}
	const day = await db.selectFrom('meeting_day').select('id').orderBy('date').executeTakeFirst();
	const slots = day
		? await db
				.selectFrom('meeting_slot')
				.selectAll()
				.where('day_id', '=', day.id)
				.orderBy('starts_at')
				.execute()
		: [];
	if (slots.length === 0)
		return { dayStart: '09:00', dayEnd: '18:00', slotMinutes: 20, breaks: [] };
	const breaks = slots
		.slice(1)
		.flatMap((slot, i) =>
			slot.starts_at > slots[i].ends_at
				? [{ start: limaClock(slots[i].ends_at), end: limaClock(slot.starts_at) }]
				: []
		);
	return {
		dayStart: limaClock(slots[0].starts_at),
		dayEnd: limaClock(slots.at(-1)!.ends_at),
		slotMinutes: Math.round((slots[0].ends_at - slots[0].starts_at) / 60),
		breaks
	};
}

export async function writeSpec(db: Db, spec: ProgrammeSpec) {
	await upsertSetting(db, KEYS.dayStart, spec.dayStart);
	await upsertSetting(db, KEYS.dayEnd, spec.dayEnd);
	await upsertSetting(db, KEYS.slotMinutes, String(spec.slotMinutes));
	await upsertSetting(db, KEYS.breaks, JSON.stringify(spec.breaks));
}
