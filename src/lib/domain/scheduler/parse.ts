import { checkLocks } from './parse-locks';
import {
	SchedulerInputError,
	type SchedulerInstance,
	type SchedulerParticipant,
	type SchedulerRequest,
	type SchedulerSlot
} from './types';

type Record_ = Record<string, unknown>;

const isRecord = (v: unknown): v is Record_ =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Reads a top-level array, reporting a problem when present but not an array. */
function readArray(root: Record_, key: string, problems: string[], optional = false): unknown[] {
	const value = root[key];
	if (value === undefined && optional) return [];
	if (!Array.isArray(value)) {
		problems.push(`${key}: must be an array`);
		return [];
	}
	return value;
}

/** Labels an item as `slots[3] (d1-0900)` so organisers can find it in their file. */
function label(kind: string, i: number, item: unknown): string {
	return isRecord(item) && isId(item.id) ? `${kind}[${i}] (${item.id})` : `${kind}[${i}]`;
}

function checkUniqueIds(kind: string, items: unknown[], problems: string[]): Set<string> {
	const seen = new Map<string, number>();
	items.forEach((item, i) => {
		if (!isRecord(item) || !isId(item.id)) {
			problems.push(`${kind}[${i}]: id must be a non-empty string`);
			return;
		}
		const first = seen.get(item.id);
		if (first === undefined) seen.set(item.id, i);
		else
			problems.push(
				`${label(kind, i, item)}: duplicate id "${item.id}" (first at ${kind}[${first}])`
			);
	});
	return new Set(seen.keys());
}

function checkSlot(item: unknown, i: number, problems: string[]): void {
	const at = label('slots', i, item);
	if (!isRecord(item)) return void problems.push(`${at}: must be an object`);
	const start = typeof item.start === 'string' ? Date.parse(item.start) : NaN;
	const end = typeof item.end === 'string' ? Date.parse(item.end) : NaN;
	if (Number.isNaN(start)) problems.push(`${at}: start must be an ISO date-time`);
	if (Number.isNaN(end)) problems.push(`${at}: end must be an ISO date-time`);
	if (start >= end) problems.push(`${at}: end must be after start`);
	if (!isCount(item.tables)) {
		problems.push(`${at}: tables must be a whole number >= 0, got ${JSON.stringify(item.tables)}`);
	}
}

function checkParticipant(
	item: unknown,
	i: number,
	slotIds: Set<string>,
	problems: string[]
): void {
	const at = label('participants', i, item);
	if (!isRecord(item)) return void problems.push(`${at}: must be an object`);
	if (item.maxMeetings !== undefined && !isCount(item.maxMeetings)) {
		problems.push(`${at}: maxMeetings must be a whole number >= 0`);
	}
	if (item.available === undefined) return;
	if (!Array.isArray(item.available))
		return void problems.push(`${at}: available must be an array`);
	item.available.forEach((slot, j) => {
		if (!isId(slot) || !slotIds.has(slot)) {
			problems.push(`${at}: available[${j}] is an unknown slot ${JSON.stringify(slot)}`);
		}
	});
}

function checkRequest(item: unknown, i: number, people: Set<string>, problems: string[]): void {
	const at = label('requests', i, item);
	if (!isRecord(item)) return void problems.push(`${at}: must be an object`);
	for (const side of ['a', 'b'] as const) {
		const id = item[side];
		if (!isId(id) || !people.has(id)) {
			problems.push(`${at}: ${side} is an unknown participant ${JSON.stringify(id)}`);
		}
	}
	if (isId(item.a) && item.a === item.b) {
		problems.push(`${at}: a and b are the same participant "${item.a}"`);
	}
	const w = item.weight;
	if (w !== undefined && !(typeof w === 'number' && Number.isFinite(w) && w > 0)) {
		problems.push(`${at}: weight must be a finite number > 0, got ${JSON.stringify(w)}`);
	}
}

/** Builds a clean copy holding only the known fields, so callers never see stray data. */
function copyInstance(root: Record_): SchedulerInstance {
	const slots = (root.slots as Record_[]).map((s): SchedulerSlot => ({
		id: s.id as string,
		start: s.start as string,
		end: s.end as string,
		tables: s.tables as number
	}));
	const participants = (root.participants as Record_[]).map((p): SchedulerParticipant => {
		const copy: SchedulerParticipant = { id: p.id as string };
		if (p.available !== undefined) copy.available = [...(p.available as string[])];
		if (p.maxMeetings !== undefined) copy.maxMeetings = p.maxMeetings as number;
		return copy;
	});
	const requests = (root.requests as Record_[]).map((r): SchedulerRequest => {
		const copy: SchedulerRequest = { id: r.id as string, a: r.a as string, b: r.b as string };
		if (r.weight !== undefined) copy.weight = r.weight as number;
		return copy;
	});
	return { slots, participants, requests };
}

/**
 * Validates parsed JSON against the scheduler file format. Throws a SchedulerInputError listing
 * every problem found (not only the first), each prefixed with the path of the offending item.
 */
export function parseInstance(json: unknown): SchedulerInstance {
	if (!isRecord(json)) throw new SchedulerInputError(['instance: must be a JSON object']);
	const problems: string[] = [];
	const slots = readArray(json, 'slots', problems);
	const participants = readArray(json, 'participants', problems);
	const requests = readArray(json, 'requests', problems);
	const locked = readArray(json, 'locked', problems, true);

	const slotIds = checkUniqueIds('slots', slots, problems);
	const people = checkUniqueIds('participants', participants, problems);
	checkUniqueIds('requests', requests, problems);
	slots.forEach((s, i) => checkSlot(s, i, problems));
	participants.forEach((p, i) => checkParticipant(p, i, slotIds, problems));
	requests.forEach((r, i) => checkRequest(r, i, people, problems));
	if (problems.length > 0) throw new SchedulerInputError(problems);

	const instance = copyInstance(json);
	instance.locked = checkLocks(instance, locked, problems);
	if (problems.length > 0) throw new SchedulerInputError(problems);
	return instance;
}
