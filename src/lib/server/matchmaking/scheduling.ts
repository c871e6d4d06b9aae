/**
 * The organiser's run: every accepted request without an active meeting is scheduled by the
 * pure scheduler; every active meeting is kept as a locked one (it is already in agendas).
 */
import {
	schedule,
	scheduleHeuristic,
	unscheduledReasons,
	type SchedulerInstance,
	type SchedulerLogEvent,
	type SchedulerOptions,
	type SchedulerResult,
	type UnscheduledItem
} from '../../domain/scheduler';
import { sql } from 'kysely';
import { writeTransaction, type Db } from '../db/client';
import { isUniqueViolation } from './errors';
import { logger } from '../log';

export interface InstanceMaps {
	instance: SchedulerInstance;
	tableIds: number[];
}

const slotKey = (id: number) => `s${id}`;
const personKey = (id: number) => `u${id}`;
const requestKey = (id: number) => `r${id}`;
const idOf = (key: string) => Number(key.slice(1));

export async function buildInstance(db: Db): Promise<InstanceMaps> {
	const [slots, tables, requests] = await Promise.all([
		db
			.selectFrom('meeting_slot')
			.select(['id', 'starts_at', 'ends_at'])
			.orderBy('starts_at')
			.execute(),
		db.selectFrom('meeting_table').select(['id', 'number']).orderBy('number').execute(),
		db
			.selectFrom('meeting_request as r')
			.leftJoin('meeting as m', (j) =>
				j.onRef('m.request_id', '=', 'r.id').on('m.status', '=', 'active')
			)
			.select([
				'r.id',
				'r.from_user_id',
				'r.to_user_id',
				'r.priority',
				'm.id as meetingId',
				'm.slot_id',
				'm.table_id'
			])
			// Placed meetings stay (as locks); an accepted request still to place is left out when
			// either person has blocked the other, as booking it by hand is (refuseBlocked).
			.where((eb) =>
				eb.or([
					eb('m.id', 'is not', null),
					eb.and([
						eb('r.status', '=', 'accepted'),
						eb.not(
							eb.exists(
								eb
									.selectFrom('user_block as k')
									.select('k.blocker_id')
									.where((k) =>
										k.or([
											k.and([
												k('k.blocker_id', '=', k.ref('r.from_user_id')),
												k('k.blocked_id', '=', k.ref('r.to_user_id'))
											]),
											k.and([
												k('k.blocker_id', '=', k.ref('r.to_user_id')),
												k('k.blocked_id', '=', k.ref('r.from_user_id'))
											])
										])
									)
							)
						)
					])
				])
			)
			.execute()
	]);
	// Scheduler tables are 1..n; table n is the n-th table by number.
	const tablePosition = new Map(tables.map((t, i) => [t.id, i + 1]));
	const people = [...new Set(requests.flatMap((r) => [r.from_user_id, r.to_user_id]))];
	const [availability, profiles] = people.length
		? await Promise.all([
				db
					.selectFrom('match_availability')
					.select(['user_id', 'slot_id'])
					.where('user_id', 'in', people)
					.execute(),
				db
					.selectFrom('match_profile')
					.select(['user_id', 'max_meetings'])
					.where('user_id', 'in', people)
					.execute()
			])
		: [[], []];
	const available = new Map<number, string[]>();
	for (const a of availability)
		available.set(a.user_id, [...(available.get(a.user_id) ?? []), slotKey(a.slot_id)]);
	const caps = new Map(profiles.map((p) => [p.user_id, p.max_meetings]));
	const locked = requests.filter((r) => r.meetingId !== null);
	const instance: SchedulerInstance = {
		slots: slots.map((s) => ({
			id: slotKey(s.id),
			start: new Date(s.starts_at * 1000).toISOString(),
			end: new Date(s.ends_at * 1000).toISOString(),
			tables: tables.length
		})),
		participants: people.map((id) => ({
			id: personKey(id),
			// A locked meeting outside someone's stated availability still stands: add its slot.
			available: available.has(id)
				? [
						...new Set([
							...available.get(id)!,
							...locked
								.filter((r) => r.from_user_id === id || r.to_user_id === id)
								.map((r) => slotKey(r.slot_id!))
						])
					]
				: undefined,
			maxMeetings: caps.get(id) ?? undefined
		})),
		requests: requests.map((r) => ({
			id: requestKey(r.id),
			a: personKey(r.from_user_id),
			b: personKey(r.to_user_id),
			weight: Math.max(1, r.priority)
		})),
		locked: locked.map((r) => ({
			request: requestKey(r.id),
			slot: slotKey(r.slot_id!),
			table: tablePosition.get(r.table_id!)!
		}))
	};
	for (const p of instance.participants) {
		if (p.maxMeetings === undefined) delete p.maxMeetings;
		if (p.available === undefined) delete p.available;
	}
	return { instance, tableIds: tables.map((t) => t.id) };
}

/** The organiser page lists at most this many unscheduled requests (heaviest first). */
const UNSCHEDULED_LIST_LIMIT = 200;

/** Scheduler failures and fallbacks go to the server log (the domain does no I/O). */
export function logSchedulerEvent(event: SchedulerLogEvent): void {
	const fields = event.error === undefined ? {} : { err: event.error };
	logger[event.level](fields, event.message);
}

/** Each unscheduled request with the names of both people and why it stayed out. */
export async function describeUnscheduled(
	db: Db,
	instance: SchedulerInstance,
	result: SchedulerResult
): Promise<UnscheduledItem[]> {
	const weight = new Map(instance.requests.map((r) => [r.id, r.weight ?? 1]));
	const reasons = unscheduledReasons(instance, result)
		.sort((x, y) => (weight.get(y.request) ?? 1) - (weight.get(x.request) ?? 1))
		.slice(0, UNSCHEDULED_LIST_LIMIT);
	const byId = new Map(instance.requests.map((r) => [r.id, r]));
	const userIds = [
		...new Set(
			reasons.flatMap((r) => {
				const q = byId.get(r.request);
				return q ? [idOf(q.a), idOf(q.b)] : [];
			})
		)
	];
	const users = userIds.length
		? await db.selectFrom('user').select(['id', 'name']).where('id', 'in', userIds).execute()
		: [];
	const name = new Map(users.map((u) => [u.id, u.name]));
	const nameOf = (key: string | undefined) => (key ? (name.get(idOf(key)) ?? key) : '');
	return reasons.map((r) => {
		const q = byId.get(r.request);
		return {
			requestId: idOf(r.request),
			from: nameOf(q?.a),
			to: nameOf(q?.b),
			reason: r.reason,
			...(r.person ? { person: nameOf(r.person) } : {})
		};
	});
}

export interface RunSummary {
	runId: number | null;
	mode: 'preview' | 'run';
	result: SchedulerResult;
	written: number;
	skipped: number;
	requests: number;
	/** Unscheduled requests with their reasons, heaviest first (at most 200). */
	unscheduledList: UnscheduledItem[];
}

/**
 * One batch in the caller's transaction: the requests still accepted are inserted with one
 * multi-row INSERT per table; if any row conflicts (someone booked meanwhile) the batch is
 * undone to its savepoint and written row by row, each with its own savepoint.
 */
async function writeBatch(trx: Db, maps: InstanceMaps, batch: SchedulerResult['meetings']) {
	const requests = await trx
		.selectFrom('meeting_request')
		.select(['id', 'from_user_id', 'to_user_id', 'status'])
		.where(
			'id',
			'in',
			batch.map((m) => idOf(m.request))
		)
		.execute();
	const byId = new Map(requests.filter((r) => r.status === 'accepted').map((r) => [r.id, r]));
	const rows = batch
		.map((m) => ({ m, request: byId.get(idOf(m.request)) }))
		.filter((r): r is { m: (typeof batch)[number]; request: (typeof requests)[number] } =>
			Boolean(r.request)
		);
	let batchSkipped = batch.length - rows.length;
	if (rows.length === 0) return { batchWritten: 0, batchSkipped };
	const insertRows = async (list: typeof rows) => {
		const inserted = await trx
			.insertInto('meeting')
			.values(
				list.map(({ m, request }) => ({
					request_id: request.id,
					slot_id: idOf(m.slot),
					table_id: maps.tableIds[m.table - 1],
					// A draft: participants see it once the organiser publishes.
					placed_by: 'scheduler' as const
				}))
			)
			.returning(['id', 'request_id', 'slot_id'])
			.execute();
		const pairs = new Map(list.map(({ request }) => [request.id, request]));
		await trx
			.insertInto('meeting_attendee')
			.values(
				inserted.flatMap((meeting) => {
					const request = pairs.get(meeting.request_id)!;
					return [request.from_user_id, request.to_user_id].map((user_id) => ({
						meeting_id: meeting.id,
						user_id,
						slot_id: meeting.slot_id
					}));
				})
			)
			.execute();
	};
	await sql`savepoint schedule_batch`.execute(trx);
	try {
		await insertRows(rows);
		await sql`release schedule_batch`.execute(trx);
		return { batchWritten: rows.length, batchSkipped };
	} catch (err) {
		await sql`rollback to schedule_batch`.execute(trx);
		await sql`release schedule_batch`.execute(trx);
		if (!isUniqueViolation(err)) throw err;
	}
	let batchWritten = 0;
	for (const row of rows) {
		// A savepoint per meeting: a conflicting row is undone alone, the run goes on.
		await sql`savepoint schedule_row`.execute(trx);
		try {
			await insertRows([row]);
			await sql`release schedule_row`.execute(trx);
			batchWritten++;
		} catch (err) {
			await sql`rollback to schedule_row`.execute(trx);
			await sql`release schedule_row`.execute(trx);
			if (!isUniqueViolation(err)) throw err;
			batchSkipped++;
		}
	}
	return { batchWritten, batchSkipped };
}

/** Meetings per write transaction: each holds SQLite's one write lock for a few ms only. */
export const WRITE_BATCH = 100;
const BATCH_PAUSE_MS = 5;

/**
 * Writes new meetings in batches of short transactions, so that bookings by people go on
 * between them. A meeting someone booked while the solver ran makes its row conflict: that
 * row is skipped (and counted), never the whole run.
 */
async function writeMeetings(
	db: Db,
	maps: InstanceMaps,
	result: SchedulerResult,
	lockedKeys: Set<string>,
	onProgress?: SchedulerOptions['onProgress'],
	onBatch?: (trx: Db, fraction: number) => Promise<void>
) {
	let written = 0;
	let skipped = 0;
	const fresh = result.meetings.filter((m) => !lockedKeys.has(m.request));
	for (let start = 0; start < fresh.length; start += WRITE_BATCH) {
		const batch = fresh.slice(start, start + WRITE_BATCH);
		const fraction = Math.min(1, (start + batch.length) / fresh.length);
		const counts = await writeTransaction(db, async (trx) => {
			const result = await writeBatch(trx, maps, batch);
			await onBatch?.(trx, fraction);
			return result;
		});
		written += counts.batchWritten;
		skipped += counts.batchSkipped;
		onProgress?.({ phase: 'write', fraction });
		// A pause between batches: writers on other connections (the web server's bookings)
		// get the write lock within their first busy retries instead of waiting for the run.
		await new Promise((resolve) => setTimeout(resolve, BATCH_PAUSE_MS));
	}
	return { written, skipped };
}

export async function runScheduling(
	db: Db,
	options: {
		mode: 'preview' | 'run';
		timeBudgetMs?: number;
		onProgress?: SchedulerOptions['onProgress'];
		/** Called inside each write batch's transaction (the job's heartbeat goes there). */
		onBatch?: (trx: Db, fraction: number) => Promise<void>;
	}
): Promise<RunSummary> {
	const startedAt = Math.floor(Date.now() / 1000);
	const maps = await buildInstance(db);
	const result =
		options.mode === 'preview'
			? scheduleHeuristic(maps.instance, { timeBudgetMs: options.timeBudgetMs ?? 1500 })
			: await schedule(maps.instance, {
					timeBudgetMs: options.timeBudgetMs,
					mode: 'auto',
					onProgress: options.onProgress,
					onLog: logSchedulerEvent
				});
	const base = {
		mode: options.mode,
		result,
		requests: maps.instance.requests.length,
		unscheduledList: await describeUnscheduled(db, maps.instance, result)
	};
	if (options.mode === 'preview') return { ...base, runId: null, written: 0, skipped: 0 };
	const lockedKeys = new Set((maps.instance.locked ?? []).map((l) => l.request));
	const { written, skipped } = await writeMeetings(
		db,
		maps,
		result,
		lockedKeys,
		options.onProgress
	);
	const run = await db
		.insertInto('schedule_run')
		.values({
			started_at: startedAt,
			finished_at: Math.floor(Date.now() / 1000),
			scheduled_weight: result.stats.scheduledWeight,
			upper_bound: result.stats.upperBound,
			optimal: result.stats.optimal ? 1 : 0,
			stats: JSON.stringify({
				...result.stats,
				written,
				skipped,
				unscheduled: result.unscheduled.length,
				requests: base.requests
			})
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return { ...base, runId: run.id, written, skipped };
}
