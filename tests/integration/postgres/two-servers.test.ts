/**
 * Two `node build` processes on one PostgreSQL (integration-pg project): the deployment of
 * docs/postgresql.md with its load balancer left out. A session made on one is honoured by
 * the other, a write through one is read through the other, and accepts raced through both
 * never double-book a person or a table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryDemo } from '../../support/demo-db';
import { startServer, type RunningServer } from '../../support/server';
import { sharedServer } from '../../support/shared-server';

const url = sharedServer().databasePath;
const first = sharedServer().baseUrl;
let second: RunningServer;
const PASSWORD = 'extemin-demo-2027';

beforeAll(async () => {
	// SEED=none: the first server loaded the demo event; this one only joins the database.
	second = await startServer({ DATABASE_URL: url, SEED: 'none' });
}, 120_000);
afterAll(() => second?.stop());

async function call(
	base: string,
	path: string,
	init: { cookie?: string; form?: Record<string, string> } = {}
) {
	const headers: Record<string, string> = { accept: 'text/html' };
	if (init.cookie) headers.cookie = init.cookie;
	if (init.form) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
		headers.origin = base;
	}
	const res = await fetch(`${base}${path}`, {
		method: init.form ? 'POST' : 'GET',
		headers,
		body: init.form ? new URLSearchParams(init.form).toString() : undefined,
		redirect: 'manual'
	});
	return {
		status: res.status,
		location: res.headers.get('location'),
		headers: res.headers,
		text: await res.text()
	};
}

async function signIn(base: string, email: string): Promise<string> {
	const reply = await call(base, '/login?/login', {
		form: { email, password: PASSWORD, redirectTo: '/me' }
	});
	const pair = /(?:^|, )(session=[^;]+)/.exec(reply.headers.get('set-cookie') ?? '')?.[1];
	if (reply.status !== 303 || !pair) throw new Error(`sign-in of ${email} failed: ${reply.status}`);
	return pair;
}

/** Opted-in people free all event long with no requests yet, so the test owns their agendas. */
function untouched(count: number, skip = 0): { id: number; email: string; name: string }[] {
	const rows = queryDemo<{ id: number; email: string; name: string }>(
		url,
		`select u.id, u.email, u.name from user u join match_profile p on p.user_id = u.id
		 where u.disabled_at is null and p.max_meetings is null
		   and not exists (select 1 from meeting_request r where r.from_user_id = u.id or r.to_user_id = u.id)
		   and (select count(*) from match_availability a where a.user_id = u.id)
		       in (0, (select count(*) from meeting_slot))
		 order by u.id desc limit ? offset ?`,
		count,
		skip
	);
	if (rows.length < count) throw new Error(`the demo event needs ${count} untouched participants`);
	return rows;
}

describe('two app processes on one PostgreSQL', () => {
	it('honours a session made on one process on the other, and ends it on both', async () => {
		const cookie = await signIn(first, 'organizador@extemin.pe');
		const onSecond = await call(second.baseUrl, '/me', { cookie });
		expect(onSecond.status).toBe(200);
		const out = await call(second.baseUrl, '/logout', { cookie, form: {} });
		expect(out.status).toBe(303);
		const afterLogout = await call(first, '/me', { cookie });
		expect(afterLogout.status).toBe(303);
		expect(afterLogout.location).toMatch(/^\/login/);
	});

	it('reads through one process what was written through the other', async () => {
		const [a, b] = untouched(2, 40);
		const cookieA = await signIn(first, a.email);
		const sent = await call(first, `/matchmaking/people/${b.id}?/request`, {
			cookie: cookieA,
			form: { message: 'Escrito en el primer proceso' }
		});
		expect(sent.status).toBe(303);
		const cookieB = await signIn(second.baseUrl, b.email);
		const inbox = await call(second.baseUrl, '/matchmaking/requests', { cookie: cookieB });
		expect(inbox.status).toBe(200);
		expect(inbox.text).toContain('Escrito en el primer proceso');
	});

	it('parallel accepts of one person’s slot through both processes book exactly one', async () => {
		const [person, ...senders] = untouched(11);
		for (const [i, sender] of senders.entries()) {
			const base = i % 2 ? second.baseUrl : first;
			const sent = await call(base, `/matchmaking/people/${person.id}?/request`, {
				cookie: await signIn(base, sender.email),
				form: { message: '' }
			});
			expect(sent.status).toBe(303);
		}
		const requests = queryDemo<{ id: number }>(
			url,
			'select id from meeting_request where to_user_id = ? and status = ? order by id',
			person.id,
			'pending'
		);
		expect(requests).toHaveLength(10);
		const [slot] = queryDemo<{ id: number }>(
			url,
			'select id from meeting_slot where starts_at > ? order by starts_at limit 1',
			Math.floor(Date.now() / 1000)
		);
		const cookies = [await signIn(first, person.email), await signIn(second.baseUrl, person.email)];
		const replies = await Promise.all(
			requests.map((r, i) =>
				call(i % 2 ? second.baseUrl : first, '/matchmaking/requests?/accept', {
					cookie: cookies[i % 2],
					form: { requestId: String(r.id), slotId: String(slot.id) }
				})
			)
		);
		const statuses = replies.map((r) => r.status).sort();
		expect(statuses).toEqual([303, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
		const active = queryDemo<{ n: number }>(
			url,
			`select count(*) as n from meeting_attendee where user_id = ? and slot_id = ? and status = 'active'`,
			person.id,
			slot.id
		);
		expect(active[0].n).toBe(1);
	});

	it('different pairs racing for the tables of one slot through both never share a table', async () => {
		const people = untouched(24, 11);
		const [slot] = queryDemo<{ id: number; free: number }>(
			url,
			`select s.id, (select count(*) from meeting_table) -
			   (select count(*) from meeting m where m.slot_id = s.id and m.status = 'active') as free
			 from meeting_slot s where s.starts_at > ? order by s.starts_at desc limit 1`,
			Math.floor(Date.now() / 1000)
		);
		const pairs: { to: (typeof people)[number]; id: number }[] = [];
		for (let i = 0; i < people.length; i += 2) {
			const [from, to] = [people[i], people[i + 1]];
			await call(first, `/matchmaking/people/${to.id}?/request`, {
				cookie: await signIn(first, from.email),
				form: { message: '' }
			});
			const [row] = queryDemo<{ id: number }>(
				url,
				'select id from meeting_request where from_user_id = ? and to_user_id = ?',
				from.id,
				to.id
			);
			pairs.push({ to, id: row.id });
		}
		const replies = await Promise.all(
			pairs.map(async (p, i) => {
				const base = i % 2 ? second.baseUrl : first;
				return call(base, '/matchmaking/requests?/accept', {
					cookie: await signIn(base, p.to.email),
					form: { requestId: String(p.id), slotId: String(slot.id) }
				});
			})
		);
		const booked = replies.filter((r) => r.status === 303).length;
		expect(booked).toBe(Math.min(pairs.length, slot.free));
		expect(replies.every((r) => r.status === 303 || r.status === 409)).toBe(true);
		const shared = queryDemo<{ table_id: number; n: number }>(
			url,
			`select table_id, count(*) as n from meeting where slot_id = ? and status = 'active'
			 group by table_id having count(*) > 1`,
			slot.id
		);
		expect(shared).toEqual([]);
	});
});
