import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scheduleCommand } from '../../../src/cli/commands/schedule';
import { validateResult } from '../../../src/lib/domain/scheduler';
import type { Db } from '../../../src/lib/server/db/client';
import { blockPerson } from '../../../src/lib/server/matchmaking/blocks';
import { acceptRequest, sendRequest } from '../../../src/lib/server/matchmaking/requests';
import { buildInstance, runScheduling } from '../../../src/lib/server/matchmaking/scheduling';
import { addEvent, addUser, freshDb } from './fixtures';

let db: Db;
beforeEach(async () => {
	db = await freshDb();
});
afterEach(() => db.destroy());

/** Accepted requests with no slot yet: people available in one slot only, all full at accept time. */
async function acceptedWithoutMeetings(n: number) {
	const { slotIds } = await addEvent(db, 4, 2);
	const ids: number[] = [];
	for (let i = 0; i < n; i++) {
		const [a, b] = [await addUser(db), await addUser(db)];
		const id = await sendRequest(db, a, b, '');
		await db
			.updateTable('meeting_request')
			.set({ status: 'accepted' })
			.where('id', '=', id)
			.execute();
		ids.push(id);
	}
	return { slotIds, ids };
}

describe('organiser scheduling', () => {
	it('leaves out an accepted request between two people when either has blocked the other', async () => {
		const { ids } = await acceptedWithoutMeetings(3);
		const blocked = await db
			.selectFrom('meeting_request')
			.select(['from_user_id', 'to_user_id'])
			.where('id', '=', ids[1])
			.executeTakeFirstOrThrow();
		await blockPerson(db, blocked.to_user_id, blocked.from_user_id);
		const { instance } = await buildInstance(db);
		expect(instance.requests.map((r) => r.id).sort()).toEqual([`r${ids[0]}`, `r${ids[2]}`].sort());
		const run = await runScheduling(db, { mode: 'run', timeBudgetMs: 500 });
		expect(run.written).toBe(2);
		const placed = await db.selectFrom('meeting').select('request_id').execute();
		expect(placed.map((m) => m.request_id)).not.toContain(ids[1]);
	});

	it('keeps existing meetings locked and writes a valid schedule with a schedule_run row', async () => {
		const { slotIds } = await acceptedWithoutMeetings(6);
		const [x, y] = [await addUser(db), await addUser(db)];
		const keptRequest = await sendRequest(db, x, y, '');
		await acceptRequest(db, y, keptRequest, slotIds[2]);
		const { instance } = await buildInstance(db);
		expect(instance.locked).toEqual([
			{ request: `r${keptRequest}`, slot: `s${slotIds[2]}`, table: 1 }
		]);
		const run = await runScheduling(db, { mode: 'run', timeBudgetMs: 1000 });
		expect(validateResult(instance, run.result)).toEqual([]);
		expect(run.written).toBe(6);
		expect(run.result.stats.scheduledWeight).toBe(7);
		const row = await db.selectFrom('schedule_run').selectAll().executeTakeFirstOrThrow();
		expect(row).toMatchObject({ scheduled_weight: 7, optimal: 1 });
		const active = await db
			.selectFrom('meeting')
			.select('id')
			.where('status', '=', 'active')
			.execute();
		expect(active).toHaveLength(7);
		// A second run has nothing left to do and moves nothing.
		expect((await runScheduling(db, { mode: 'run', timeBudgetMs: 500 })).written).toBe(0);
	});

	it('preview writes nothing', async () => {
		await acceptedWithoutMeetings(3);
		const preview = await runScheduling(db, { mode: 'preview' });
		expect(preview.result.meetings).toHaveLength(3);
		expect(await db.selectFrom('meeting').select('id').execute()).toEqual([]);
	});
});

describe('extemin schedule (file mode)', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'extemin-cli-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('writes a result for a valid instance', async () => {
		const instance = {
			slots: [
				{ id: 'd1-0900', start: '2026-09-21T14:00:00Z', end: '2026-09-21T14:20:00Z', tables: 1 }
			],
			participants: [{ id: 'p1' }, { id: 'p2' }],
			requests: [{ id: 'r1', a: 'p1', b: 'p2' }]
		};
		writeFileSync(join(dir, 'in.json'), JSON.stringify(instance));
		expect(
			await scheduleCommand(['--in', join(dir, 'in.json'), '--out', join(dir, 'out.json')])
		).toBe(0);
		const result = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
		expect(result.meetings).toEqual([{ request: 'r1', slot: 'd1-0900', table: 1 }]);
	});

	it('rejects a request to oneself with exit 1', async () => {
		const instance = {
			slots: [{ id: 's', start: '2026-09-21T14:00:00Z', end: '2026-09-21T14:20:00Z', tables: 1 }],
			participants: [{ id: 'p1' }],
			requests: [{ id: 'r1', a: 'p1', b: 'p1' }]
		};
		writeFileSync(join(dir, 'in.json'), JSON.stringify(instance));
		expect(
			await scheduleCommand(['--in', join(dir, 'in.json'), '--out', join(dir, 'out.json')])
		).toBe(1);
	});
});
