/**
 * Matchmaking over HTTP against the built server with the demo event: two participants
 * request, accept, and both see the same meeting at the same table in agenda and iCal.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { queryDemo } from '../support/demo-db';
import { call, signIn } from './auth-client';
import { sharedServer } from '../support/shared-server';

function pickPair(): {
	a: { id: number; email: string };
	b: { id: number; email: string };
	c: { id: number; email: string };
} {
	// Three opted-in people, free all event long, with no requests or meetings at all,
	// so the test owns their agendas.
	const rows = queryDemo<{ id: number; email: string }>(
		sharedServer().databasePath,
		`select u.id, u.email from user u join match_profile p on p.user_id = u.id
		 where u.disabled_at is null
		   and not exists (select 1 from meeting_request r where r.from_user_id = u.id or r.to_user_id = u.id)
		   and (select count(*) from match_availability a where a.user_id = u.id)
		       in (0, (select count(*) from meeting_slot))
		 order by u.id limit 3`
	);
	if (rows.length < 3)
		throw new Error('the demo event needs three untouched opted-in participants');
	return { a: rows[0], b: rows[1], c: rows[2] };
}

function requestId(from: number, to: number): number {
	const [row] = queryDemo<{ id: number }>(
		sharedServer().databasePath,
		`select id from meeting_request where from_user_id = ? and to_user_id = ? order by id desc`,
		from,
		to
	);
	return row?.id ?? 0;
}

function eventsOf(ics: string) {
	return new ICAL.Component(ICAL.parse(ics))
		.getAllSubcomponents('vevent')
		.map((e) => new ICAL.Event(e));
}

describe('matchmaking journey', () => {
	const { a, b, c } = pickPair();

	it('explains matchmaking to anonymous visitors', async () => {
		const page = await call('/matchmaking');
		expect(page.status).toBe(200);
		expect(page.text).toContain('/login?redirectTo=/matchmaking');
	});

	it('request, accept, same meeting and table in both agendas and iCal files', async () => {
		const cookieA = await signIn(a.email);
		const cookieB = await signIn(b.email);
		expect((await call('/matchmaking', { cookie: cookieA })).status).toBe(200);
		expect((await call(`/matchmaking/people/${b.id}`, { cookie: cookieA })).status).toBe(200);

		const sent = await call(`/matchmaking/people/${b.id}?/request`, {
			cookie: cookieA,
			form: { message: 'Conversemos' }
		});
		expect(sent.status).toBe(303);
		const id = requestId(a.id, b.id);
		expect(id).toBeGreaterThan(0);

		const cookieC = await signIn(c.email);
		const stolen = await call('/matchmaking/requests?/cancel', {
			cookie: cookieC,
			form: { requestId: String(id) }
		});
		expect(stolen.status).toBe(404);

		const accepted = await call('/matchmaking/requests?/accept', {
			cookie: cookieB,
			form: { requestId: String(id) }
		});
		expect(accepted.status).toBe(303);

		const [icsA, icsB] = await Promise.all([
			call('/agenda/ical', { cookie: cookieA }),
			call('/agenda/ical', { cookie: cookieB })
		]);
		expect(icsA.headers.get('content-type')).toContain('text/calendar');
		const [evA] = eventsOf(icsA.text);
		const [evB] = eventsOf(icsB.text);
		expect(evA.uid).toBe(evB.uid);
		expect(evA.startDate.toJSDate().getTime()).toBe(evB.startDate.toJSDate().getTime());
		const table = /(?:Mesa|Table) (\d+)/.exec(evA.location)?.[1];
		expect(table).toBeDefined();
		expect(evB.location).toMatch(new RegExp(`(?:Mesa|Table) ${table}\\b`));

		const [agendaA, agendaB] = await Promise.all([
			call('/agenda', { cookie: cookieA }),
			call('/agenda', { cookie: cookieB })
		]);
		expect(agendaA.text).toContain(`data-table="${table}"`);
		expect(agendaB.text).toContain(`data-table="${table}"`);
	});

	it('a request to oneself is a 400 with a message', async () => {
		const cookieC = await signIn(c.email);
		const self = await call(`/matchmaking/people/${c.id}?/request`, {
			cookie: cookieC,
			form: { message: '' }
		});
		expect(self.status).toBe(400);
	});

	it('the feed URL needs its secret', async () => {
		expect((await call('/agenda/ical/not-a-real-token-at-all-123')).status).toBe(404);
	});
});
