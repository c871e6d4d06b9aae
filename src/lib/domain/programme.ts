/**
 * Meeting programme arithmetic. Wall-clock times are in the event's zone, America/Lima, which
 * is UTC-5 all year (Peru has no daylight saving time since 1994), so a fixed offset is exact.
 */

export const LIMA_OFFSET_HOURS = -5;
export const SLOT_MINUTES = [10, 15, 20, 25, 30, 40, 45, 60] as const;

export interface Break {
	start: string;
	end: string;
}

export interface ProgrammeSpec {
	/** HH:MM, Lima time. */
	dayStart: string;
	dayEnd: string;
	slotMinutes: number;
	breaks: Break[];
}

export interface SlotTimes {
	startsAt: number;
	endsAt: number;
}

export type ProgrammeProblem =
	| { field: 'dayStart' | 'dayEnd' | 'slotMinutes' | 'breaks'; kind: 'invalid' }
	| { field: 'dayEnd'; kind: 'before-start' }
	| { field: 'breaks'; kind: 'break-outside' | 'break-order'; index: number };

/** Minutes after midnight for `HH:MM`, or null. */
export function parseClock(value: string): number | null {
	const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
	return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function formatClock(minutes: number): string {
	const h = Math.floor(minutes / 60);
	return `${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Unix seconds of a Lima wall-clock time on a date. */
export function limaInstant(date: string, minutes: number): number {
	const midnightUtc = Date.parse(`${date}T00:00:00Z`) / 1000;
	return midnightUtc + minutes * 60 - LIMA_OFFSET_HOURS * 3600;
}

/** `HH:MM` in Lima for unix seconds. */
export function limaClock(unixSeconds: number): string {
	const local = new Date((unixSeconds + LIMA_OFFSET_HOURS * 3600) * 1000);
	return local.toISOString().slice(11, 16);
}

/** The Lima calendar date (YYYY-MM-DD) of unix seconds. */
export function limaDate(unixSeconds: number): string {
	return new Date((unixSeconds + LIMA_OFFSET_HOURS * 3600) * 1000).toISOString().slice(0, 10);
}

/** Breaks in `HH:MM-HH:MM` form, one per line or separated by commas. */
export function parseBreaks(text: string): Break[] | null {
	const parts = text
		.split(/[\n,;]+/)
		.map((p) => p.trim())
		.filter(Boolean);
	const breaks: Break[] = [];
	for (const part of parts) {
		const [start, end] = part.split('-').map((s) => s.trim());
		if (parseClock(start ?? '') === null || parseClock(end ?? '') === null) return null;
		breaks.push({ start, end });
	}
	return breaks;
}

export function checkProgramme(spec: ProgrammeSpec): ProgrammeProblem[] {
	const problems: ProgrammeProblem[] = [];
	const start = parseClock(spec.dayStart);
	const end = parseClock(spec.dayEnd);
	if (start === null) problems.push({ field: 'dayStart', kind: 'invalid' });
	if (end === null) problems.push({ field: 'dayEnd', kind: 'invalid' });
	if (start !== null && end !== null && end <= start) {
		problems.push({ field: 'dayEnd', kind: 'before-start' });
	}
	if (!(Number.isInteger(spec.slotMinutes) && spec.slotMinutes >= 5 && spec.slotMinutes <= 120)) {
		problems.push({ field: 'slotMinutes', kind: 'invalid' });
	}
	spec.breaks.forEach((b, index) => {
		const bs = parseClock(b.start);
		const be = parseClock(b.end);
		if (bs === null || be === null || be <= bs) {
			problems.push({ field: 'breaks', kind: 'break-order', index });
		} else if (start !== null && end !== null && (bs < start || be > end)) {
			problems.push({ field: 'breaks', kind: 'break-outside', index });
		}
	});
	return problems;
}

/**
 * The slots of one day: back to back from the day's start; a slot that would cross a break
 * is dropped and the next one starts when the break ends.
 */
export function slotsForDay(date: string, spec: ProgrammeSpec): SlotTimes[] {
	const start = parseClock(spec.dayStart);
	const end = parseClock(spec.dayEnd);
	if (start === null || end === null || !(spec.slotMinutes > 0)) return [];
	const breaks = spec.breaks
		.map((b) => [parseClock(b.start), parseClock(b.end)] as const)
		.filter((b): b is readonly [number, number] => b[0] !== null && b[1] !== null && b[1] > b[0])
		.sort((a, b) => a[0] - b[0]);
	const slots: SlotTimes[] = [];
	let t = start;
	while (t + spec.slotMinutes <= end) {
		const blocking = breaks.find(([bs, be]) => t < be && bs < t + spec.slotMinutes);
		if (blocking) {
			t = blocking[1];
			continue;
		}
		slots.push({ startsAt: limaInstant(date, t), endsAt: limaInstant(date, t + spec.slotMinutes) });
		t += spec.slotMinutes;
	}
	return slots;
}
