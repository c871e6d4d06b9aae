/**
 * The matchmaking rules that SQLite keeps by having one writer, under concurrent writers.
 * In the unit-pg project the database is PostgreSQL with a pool of four connections, so the
 * parallel calls below really run at once (SERIALIZABLE transactions, db/client.ts); on
 * SQLite they are serialised by BEGIN IMMEDIATE. The outcome must be the same on both.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import { MatchmakingError } from '../../../src/lib/server/matchmaking/errors';
import {
	acceptRequest,
	OPEN_REQUEST_CAP,
	sendRequest
} from '../../../src/lib/server/matchmaking/requests';
import { addEvent, addUser, freshDb } from './fixtures';

let db: Db;
beforeEach(async () => {
	db = await freshDb();
});
afterEach(() => db.destroy());

async function tally(attempts: Promise<unknown>[]) {
	const settled = await Promise.allSettled(attempts);
	const codes: Record<string, number> = {};
	for (const s of settled) {
		const key =
			s.status === 'fulfilled'
				? 'ok'
				: s.reason instanceof MatchmakingError
					? s.reason.code
					: `error: ${String(s.reason)}`;
		codes[key] = (codes[key] ?? 0) + 1;
	}
	return codes;
}

describe('rules under concurrent writers', () => {
	it('20 simultaneous requests between the same two people, both ways: one is pending', async () => {
		const [a, b] = [await addUser(db), await addUser(db)];
		const attempts = Array.from({ length: 20 }, (_, i) =>
			i % 2 ? sendRequest(db, a, b, '') : sendRequest(db, b, a, '')
		);
		expect(await tally(attempts)).toEqual({ ok: 1, 'duplicate-request': 19 });
		const rows = await db.selectFrom('meeting_request').select('id').execute();
		expect(rows).toHaveLength(1);
	}, 30_000);

	it('the open-request cap holds when the last free places are raced for', async () => {
		const sender = await addUser(db);
		for (let i = 0; i < OPEN_REQUEST_CAP - 2; i++)
			await sendRequest(db, sender, await addUser(db), '');
		const targets: number[] = [];
		for (let i = 0; i < 12; i++) targets.push(await addUser(db));
		const result = await tally(targets.map((to) => sendRequest(db, sender, to, '')));
		expect(result).toEqual({ ok: 2, 'open-request-cap': 10 });
		const pending = await db
			.selectFrom('meeting_request')
			.select('id')
			.where('from_user_id', '=', sender)
			.where('status', '=', 'pending')
			.execute();
		expect(pending).toHaveLength(OPEN_REQUEST_CAP);
	}, 30_000);

	it('the per-person meeting cap holds when requests are accepted at once, in different slots', async () => {
		await addEvent(db, 12, 6);
		const person = await addUser(db, { maxMeetings: 2 });
		const requests: { from: number; id: number }[] = [];
		for (let i = 0; i < 10; i++) {
			const from = await addUser(db);
			requests.push({ from, id: await sendRequest(db, from, person, '') });
		}
		// Each accept books the earliest free slot of its pair: different slots, so no UNIQUE
		// index stands in the way; only the cap check does.
		const result = await tally(requests.map((r) => acceptRequest(db, person, r.id)));
		expect(result).toEqual({ ok: 2, 'meeting-cap': 8 });
		const active = await db
			.selectFrom('meeting_attendee')
			.select('meeting_id')
			.where('user_id', '=', person)
			.where('status', '=', 'active')
			.execute();
		expect(active).toHaveLength(2);
	}, 30_000);

	it('pairs accepting into one slot at once each get a table while tables remain', async () => {
		const { slotIds } = await addEvent(db, 2, 8);
		const pairs: { to: number; id: number }[] = [];
		for (let i = 0; i < 10; i++) {
			const [from, to] = [await addUser(db), await addUser(db)];
			pairs.push({ to, id: await sendRequest(db, from, to, '') });
		}
		// Concurrent bookings pick the same lowest free table; the loser must take the next one
		// (as it would after waiting for SQLite's lock), not be told the slot is gone.
		const result = await tally(pairs.map((p) => acceptRequest(db, p.to, p.id, slotIds[0])));
		expect(result).toEqual({ ok: 8, 'slot-taken': 2 });
		const tables = await db
			.selectFrom('meeting')
			.select('table_id')
			.where('slot_id', '=', slotIds[0])
			.where('status', '=', 'active')
			.execute();
		expect(new Set(tables.map((t) => t.table_id)).size).toBe(8);
	}, 30_000);
});
