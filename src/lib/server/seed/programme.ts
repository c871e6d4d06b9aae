import { limaTime } from './time';

export interface PlannedSlot {
	id: number;
	day_id: number;
	starts_at: number;
	ends_at: number;
}

export const MEETING_DATES = ['2027-09-21', '2027-09-22', '2027-09-23'];
const SLOT_MINUTES = 20;
/** Local (Lima) session starts and their number of 20-minute slots: 09:00-12:00, 14:00-16:20. */
const SESSIONS = [
	{ hour: 9, slots: 9 },
	{ hour: 14, slots: 7 }
];
const TABLE_ZONES = ['Zona A', 'Zona B', 'Zona C'];
export const TABLE_COUNT = 60;

export function planDays() {
	return MEETING_DATES.map((date, i) => ({ id: i + 1, date }));
}

export function planSlots(): PlannedSlot[] {
	const slots: PlannedSlot[] = [];
	MEETING_DATES.forEach((date, dayIndex) => {
		for (const session of SESSIONS) {
			for (let i = 0; i < session.slots; i++) {
				const starts = limaTime(date, session.hour, i * SLOT_MINUTES);
				slots.push({
					id: slots.length + 1,
					day_id: dayIndex + 1,
					starts_at: starts,
					ends_at: starts + SLOT_MINUTES * 60
				});
			}
		}
	});
	return slots;
}

export function planTables() {
	return Array.from({ length: TABLE_COUNT }, (_, i) => ({
		id: i + 1,
		number: i + 1,
		zone: TABLE_ZONES[Math.floor((i * TABLE_ZONES.length) / TABLE_COUNT)]
	}));
}
