/**
 * Booking races (on SQLite and, in the unit-pg project, on PostgreSQL). Within one process the service's connection serialises transactions, so
 * the cross-connection race runs in two child processes, each with its own better-sqlite3
 * connection to one temporary file: real lock contention (two connections on one thread
 * would block each other's event loop in busy_timeout instead).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import { MatchmakingError } from '../../../src/lib/server/matchmaking/errors';
import { acceptRequest, sendRequest } from '../../../src/lib/server/matchmaking/requests';
import { isUniqueViolation } from '../../../src/lib/server/db/errors';
import { databaseUrlOf } from '../../support/test-db';
import { addEvent, addUser, freshDb } from './fixtures';

let dir: string;
let path: string;
let first: Db;

beforeEach(async () => {
	dir = mkdtempSync(join(tmpdir(), 'extemin-race-'));
	path = join(dir, 'race.db');
	first = await freshDb(path);
});
afterEach(async () => {
	await first.destroy();
	rmSync(dir, { recursive: true, force: true });
});

type Tally = { ok: number; conflicts: number; other: string[] };

function inWorker(
	attempts: { userId: number; requestId: number }[],
	slotId: number
): Promise<Tally> {
	const child = fork(
		fileURLToPath(new URL('./race-worker.ts', import.meta.url)),
		[JSON.stringify({ path: databaseUrlOf(first) ?? path, attempts, slotId })],
		{
			execArgv: ['--import', 'tsx']
		}
	);
	return new Promise((resolve, reject) => {
		child.once('message', (m) => resolve(m as Tally));
		child.once('error', reject);
	});
}

async function outcomes(attempts: Promise<unknown>[]) {
	const settled = await Promise.allSettled(attempts);
	const ok = settled.filter((s) => s.status === 'fulfilled').length;
	const conflicts = settled.filter(
		(s) =>
			s.status === 'rejected' && s.reason instanceof MatchmakingError && s.reason.status === 409
	).length;
	return { ok, conflicts, other: settled.length - ok - conflicts };
}

describe('booking races', () => {
	it('50 simultaneous bookings of one person’s slot: exactly one succeeds, 49 get 409', async () => {
		const { slotIds } = await addEvent(first, 3, 60);
		const person = await addUser(first);
		const requests: number[] = [];
		for (let i = 0; i < 50; i++)
			requests.push(await sendRequest(first, await addUser(first), person, ''));
		const attempts = requests.map((requestId) => ({ userId: person, requestId }));
		const tallies = await Promise.all([
			inWorker(attempts.slice(0, 25), slotIds[1]),
			inWorker(attempts.slice(25), slotIds[1])
		]);
		expect(tallies.flatMap((t) => t.other)).toEqual([]);
		expect(tallies.reduce((n, t) => n + t.ok, 0)).toBe(1);
		expect(tallies.reduce((n, t) => n + t.conflicts, 0)).toBe(49);
		const active = await first
			.selectFrom('meeting_attendee')
			.selectAll()
			.where('user_id', '=', person)
			.where('status', '=', 'active')
			.execute();
		expect(active).toHaveLength(1);
	}, 60_000);

	it('different pairs racing for the last table of a slot: exactly one gets it', async () => {
		const { slotIds } = await addEvent(first, 2, 1);
		const pairs: { to: number; id: number }[] = [];
		for (let i = 0; i < 20; i++) {
			const [a, b] = [await addUser(first), await addUser(first)];
			pairs.push({ to: b, id: await sendRequest(first, a, b, '') });
		}
		const result = await outcomes(pairs.map((p) => acceptRequest(first, p.to, p.id, slotIds[0])));
		expect(result).toEqual({ ok: 1, conflicts: 19, other: 0 });
		const tables = await first
			.selectFrom('meeting')
			.select('table_id')
			.where('slot_id', '=', slotIds[0])
			.where('status', '=', 'active')
			.execute();
		expect(tables).toHaveLength(1);
	});

	it('50 simultaneous bookings through one service instance: exactly one succeeds', async () => {
		const { slotIds } = await addEvent(first, 2, 60);
		const person = await addUser(first);
		const ids: number[] = [];
		for (let i = 0; i < 50; i++)
			ids.push(await sendRequest(first, await addUser(first), person, ''));
		const result = await outcomes(ids.map((id) => acceptRequest(first, person, id, slotIds[0])));
		expect(result).toEqual({ ok: 1, conflicts: 49, other: 0 });
	});

	it('the UNIQUE index itself refuses a second active meeting for a person in a slot', async () => {
		const { slotIds, tableIds } = await addEvent(first, 1, 2);
		const [a, b, c] = [await addUser(first), await addUser(first), await addUser(first)];
		const r1 = await sendRequest(first, a, b, '');
		const r2 = await sendRequest(first, a, c, '');
		const insert = async (request: number, table: number, users: number[]) => {
			const m = await first
				.insertInto('meeting')
				.values({ request_id: request, slot_id: slotIds[0], table_id: table })
				.returning('id')
				.executeTakeFirstOrThrow();
			await first
				.insertInto('meeting_attendee')
				.values(users.map((user_id) => ({ meeting_id: m.id, user_id, slot_id: slotIds[0] })))
				.execute();
		};
		await insert(r1, tableIds[0], [a, b]);
		const refused = await insert(r2, tableIds[1], [a, c]).then(
			() => null,
			(err: unknown) => err
		);
		expect(isUniqueViolation(refused)).toBe(true);
	});
});
