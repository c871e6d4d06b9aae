import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import { MatchmakingError } from '../../../src/lib/server/matchmaking/errors';
import {
	acceptRequest,
	cancelRequest,
	declineRequest,
	OPEN_REQUEST_CAP,
	sendRequest
} from '../../../src/lib/server/matchmaking/requests';
import { listRequests } from '../../../src/lib/server/matchmaking/inbox';
import {
	cancelMeeting,
	listAgenda,
	rescheduleMeeting
} from '../../../src/lib/server/matchmaking/meetings';
import { addEvent, addUser, freshDb } from './fixtures';

let db: Db;
beforeEach(async () => {
	db = await freshDb();
});
afterEach(() => db.destroy());

async function rejection(promise: Promise<unknown>): Promise<MatchmakingError> {
	const err = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(err).toBeInstanceOf(MatchmakingError);
	return err as MatchmakingError;
}

describe('sendRequest', () => {
	it('refuses a request to oneself with a 400', async () => {
		const a = await addUser(db);
		expect(await rejection(sendRequest(db, a, a, 'hola'))).toMatchObject({
			status: 400,
			code: 'self-request'
		});
	});

	it('refuses a request to someone who has not opted in with a 400', async () => {
		const a = await addUser(db);
		const b = await addUser(db, { optIn: false });
		expect(await rejection(sendRequest(db, a, b, ''))).toMatchObject({
			status: 400,
			code: 'partner-not-opted-in'
		});
	});

	it('refuses a second open request between the same pair, in either direction', async () => {
		const [a, b] = [await addUser(db), await addUser(db)];
		await sendRequest(db, a, b, '');
		expect(await rejection(sendRequest(db, b, a, ''))).toMatchObject({ code: 'duplicate-request' });
	});

	it(`caps open requests at ${OPEN_REQUEST_CAP} per sender`, async () => {
		const a = await addUser(db);
		for (let i = 0; i < OPEN_REQUEST_CAP; i++) await sendRequest(db, a, await addUser(db), '');
		const extra = await addUser(db);
		expect(await rejection(sendRequest(db, a, extra, ''))).toMatchObject({
			status: 400,
			code: 'open-request-cap'
		});
	});

	it('notifies the recipient in app and by mail', async () => {
		const [a, b] = [await addUser(db), await addUser(db)];
		await sendRequest(db, a, b, 'Conversemos');
		const notes = await db
			.selectFrom('notification')
			.selectAll()
			.where('user_id', '=', b)
			.execute();
		expect(notes.map((n) => n.kind)).toEqual(['request-received']);
		expect(await db.selectFrom('mail').selectAll().execute()).toHaveLength(1);
	});
});

describe('accept, decline, cancel', () => {
	it('books the earliest slot where both are available and free', async () => {
		const { slotIds } = await addEvent(db, 4, 2);
		const a = await addUser(db, { availability: [slotIds[1], slotIds[2], slotIds[3]] });
		const b = await addUser(db, { availability: [slotIds[0], slotIds[2], slotIds[3]] });
		const c = await addUser(db);
		// b is busy in slot 2 with c, so the first common free slot is slot 3.
		const bc = await sendRequest(db, c, b, '');
		await acceptRequest(db, b, bc, slotIds[2]);
		const ab = await sendRequest(db, a, b, '');
		const booked = await acceptRequest(db, b, ab);
		expect(booked?.slotId).toBe(slotIds[3]);
		const [agendaA, agendaB] = [await listAgenda(db, a), await listAgenda(db, b)];
		expect(agendaA[0]).toMatchObject({ slotId: slotIds[3], tableNumber: 1 });
		expect(agendaB.find((m) => m.requestId === ab)?.tableNumber).toBe(agendaA[0].tableNumber);
	});

	it('keeps a request accepted without a meeting when no common slot exists, offering none', async () => {
		const { slotIds } = await addEvent(db, 2, 1);
		const a = await addUser(db, { availability: [slotIds[0]] });
		const b = await addUser(db, { availability: [slotIds[1]] });
		const id = await sendRequest(db, a, b, '');
		expect(await acceptRequest(db, b, id)).toBeNull();
		const [view] = await listRequests(db, a);
		expect(view).toMatchObject({ status: 'accepted', meeting: null, options: [] });
	});

	it('only the recipient may accept or decline; strangers get 404', async () => {
		await addEvent(db);
		const [a, b, stranger] = [await addUser(db), await addUser(db), await addUser(db)];
		const id = await sendRequest(db, a, b, '');
		expect(await rejection(acceptRequest(db, a, id))).toMatchObject({ status: 403 });
		expect(await rejection(acceptRequest(db, stranger, id))).toMatchObject({ status: 404 });
		expect(await rejection(cancelRequest(db, stranger, id))).toMatchObject({ status: 404 });
		await declineRequest(db, b, id, 'Sin tiempo esta vez');
		const row = await db
			.selectFrom('meeting_request')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(row).toMatchObject({ status: 'declined', reason: 'Sin tiempo esta vez' });
	});

	it('cancel then rebook the same slot succeeds (cancelled rows do not block)', async () => {
		const { slotIds } = await addEvent(db, 1, 1);
		const [a, b, c] = [await addUser(db), await addUser(db), await addUser(db)];
		const ab = await sendRequest(db, a, b, '');
		const first = await acceptRequest(db, b, ab);
		expect(first?.slotId).toBe(slotIds[0]);
		await cancelMeeting(db, a, first!.meetingId);
		const ac = await sendRequest(db, c, a, '');
		expect((await acceptRequest(db, a, ac, slotIds[0]))?.slotId).toBe(slotIds[0]);
	});

	it('a stranger cannot cancel or move someone else’s meeting', async () => {
		const { slotIds } = await addEvent(db, 2, 1);
		const [a, b, stranger] = [await addUser(db), await addUser(db), await addUser(db)];
		const booked = await acceptRequest(db, b, await sendRequest(db, a, b, ''));
		expect(await rejection(cancelMeeting(db, stranger, booked!.meetingId))).toMatchObject({
			status: 404
		});
		expect(
			await rejection(rescheduleMeeting(db, stranger, booked!.meetingId, slotIds[1]))
		).toMatchObject({ status: 404 });
		expect(await listAgenda(db, a)).toHaveLength(1);
	});

	it('rescheduling frees the old slot and takes the new one', async () => {
		const { slotIds } = await addEvent(db, 2, 1);
		const [a, b] = [await addUser(db), await addUser(db)];
		const booked = await acceptRequest(db, b, await sendRequest(db, a, b, ''));
		const moved = await rescheduleMeeting(db, a, booked!.meetingId, slotIds[1]);
		expect(moved.slotId).toBe(slotIds[1]);
		const agenda = await listAgenda(db, b);
		expect(agenda.map((m) => m.slotId)).toEqual([slotIds[1]]);
	});

	it('a taken slot is a 409 that offers the next free options', async () => {
		const { slotIds } = await addEvent(db, 3, 1);
		const [a, b, c, d] = [
			await addUser(db),
			await addUser(db),
			await addUser(db),
			await addUser(db)
		];
		await acceptRequest(db, b, await sendRequest(db, a, b, ''), slotIds[0]);
		const err = await rejection(acceptRequest(db, d, await sendRequest(db, c, d, ''), slotIds[0]));
		expect(err.status).toBe(409);
		expect(err.options.map((o) => o.slotId)).toEqual([slotIds[1], slotIds[2]]);
	});
});
