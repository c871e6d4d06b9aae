/**
 * The organiser's and the people's matchmaking rules, over HTTP against a built server of
 * its own (closing the request window or publishing would disturb the shared one). Records
 * are picked from, and a few arranged in, that server's demo database; every act is a real
 * form post.
 */
import Database from 'better-sqlite3';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/server';
import { toTerm } from '../../src/lib/domain/matching/terms';
import { familyOf } from '../../src/lib/domain/matching/vocabulary';

const PASSWORD = 'extemin-demo-2027';
let server: RunningServer;
let db: Database.Database;

interface Reply {
	status: number;
	location: string | null;
	text: string;
}

async function call(
	path: string,
	init: { cookie?: string; form?: Record<string, string> | FormData } = {}
): Promise<Reply> {
	const headers: Record<string, string> = { accept: 'text/html' };
	if (init.cookie) headers.cookie = init.cookie;
	let body: string | FormData | undefined;
	if (init.form instanceof FormData) {
		headers.origin = server.baseUrl;
		body = init.form;
	} else if (init.form) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
		headers.origin = server.baseUrl;
		body = new URLSearchParams(init.form).toString();
	}
	const res = await fetch(`${server.baseUrl}${path}`, {
		method: init.form ? 'POST' : 'GET',
		headers,
		body,
		redirect: 'manual'
	});
	return { status: res.status, location: res.headers.get('location'), text: await res.text() };
}

const cookies = new Map<string, string>();
async function signIn(email: string, locale: 'es' | 'en' = 'es'): Promise<string> {
	const key = `${email}|${locale}`;
	if (cookies.has(key)) return cookies.get(key)!;
	const res = await fetch(`${server.baseUrl}/login?/login`, {
		method: 'POST',
		headers: {
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			origin: server.baseUrl
		},
		body: new URLSearchParams({ email, password: PASSWORD, redirectTo: '/me' }).toString(),
		redirect: 'manual'
	});
	const pair = /(?:^|, )(session=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
	if (res.status !== 303 || !pair) throw new Error(`sign-in of ${email} failed: ${res.status}`);
	const cookie = `${pair}; locale=${locale}`;
	cookies.set(key, cookie);
	return cookie;
}

interface Person {
	id: number;
	email: string;
}

/** Opted-in, confirmed people free all event long with no requests or meetings: the test owns them. */
function freshPeople(n: number, taken: Set<number>): Person[] {
	const rows = db
		.prepare(
			`select u.id, u.email from user u join match_profile p on p.user_id = u.id
			 where u.disabled_at is null and u.email_verified_at is not null and u.role <> 'organiser'
			   and not exists (select 1 from meeting_request r where r.from_user_id = u.id or r.to_user_id = u.id)
			   and (select count(*) from match_availability a where a.user_id = u.id)
			       in (0, (select count(*) from meeting_slot))
			 order by u.id`
		)
		.all() as Person[];
	const out = rows.filter((r) => !taken.has(r.id)).slice(0, n);
	for (const p of out) taken.add(p.id);
	if (out.length < n) throw new Error('the demo event has too few untouched participants');
	return out;
}

const used = new Set<number>();
const lastRequest = (from: number, to: number) =>
	db
		.prepare(
			'select id, status, reason from meeting_request where from_user_id = ? and to_user_id = ? order by id desc'
		)
		.get(from, to) as { id: number; status: string; reason: string | null } | undefined;
const countRequests = (from: number, to: number) =>
	(
		db
			.prepare(
				'select count(*) as n from meeting_request where from_user_id = ? and to_user_id = ?'
			)
			.get(from, to) as { n: number }
	).n;

async function organiser(): Promise<string> {
	const row = db.prepare(`select email from user where role = 'organiser' limit 1`).get() as {
		email: string;
	};
	return signIn(row.email);
}

async function send(from: Person, to: Person, message = 'Conversemos') {
	return call(`/matchmaking/people/${to.id}?/request`, {
		cookie: await signIn(from.email),
		form: { message }
	});
}

/** A sends, B accepts (booking the earliest common slot); returns the request and meeting ids. */
async function meet(a: Person, b: Person) {
	expect((await send(a, b)).status).toBe(303);
	const request = lastRequest(a.id, b.id)!;
	const accepted = await call('/matchmaking/requests?/accept', {
		cookie: await signIn(b.email),
		form: { requestId: String(request.id) }
	});
	expect(accepted.status).toBe(303);
	const meeting = db
		.prepare(`select id, slot_id from meeting where request_id = ? and status = 'active'`)
		.get(request.id) as { id: number; slot_id: number };
	return { requestId: request.id, meetingId: meeting.id, slotId: meeting.slot_id };
}

beforeAll(async () => {
	server = await startServer();
	db = new Database(server.databasePath);
	db.pragma('busy_timeout = 5000');
}, 120_000);

afterAll(async () => {
	db?.close();
	await server?.stop();
});

describe('the request window', () => {
	it('while closed, sending is refused with a message and nothing stored; the pages say so; reopening works', async () => {
		const [a, b] = freshPeople(2, used);
		const org = await organiser();
		expect((await call('/admin/programme?/closeRequests', { cookie: org, form: {} })).status).toBe(
			303
		);
		const refused = await send(a, b);
		expect(refused.status).toBe(409);
		expect(refused.text).toContain('cerró el periodo de solicitudes');
		expect(countRequests(a.id, b.id)).toBe(0);
		const person = await call(`/matchmaking/people/${b.id}`, { cookie: await signIn(a.email) });
		expect(person.text).toContain('data-testid="window-closed"');
		expect(person.text).not.toContain('data-testid="send-request"');
		const requests = await call('/matchmaking/requests', { cookie: await signIn(a.email) });
		expect(requests.text).toContain('data-testid="window-closed"');

		expect((await call('/admin/programme?/openRequests', { cookie: org, form: {} })).status).toBe(
			303
		);
		expect((await send(a, b)).status).toBe(303);
		expect(countRequests(a.id, b.id)).toBe(1);
	});

	it('requests sent before the close can still be accepted (documented in docs/matchmaking.md)', async () => {
		const [a, b] = freshPeople(2, used);
		expect((await send(a, b)).status).toBe(303);
		const org = await organiser();
		await call('/admin/programme?/closeRequests', { cookie: org, form: {} });
		try {
			const accepted = await call('/matchmaking/requests?/accept', {
				cookie: await signIn(b.email),
				form: { requestId: String(lastRequest(a.id, b.id)!.id) }
			});
			expect(accepted.status).toBe(303);
			expect(lastRequest(a.id, b.id)!.status).toBe('accepted');
		} finally {
			await call('/admin/programme?/openRequests', { cookie: org, form: {} });
		}
	});
});

describe('declined pairs, limits and blocks', () => {
	it('a declined pair stays declined until the recipient reopens it', async () => {
		const [a, b] = freshPeople(2, used);
		expect((await send(a, b)).status).toBe(303);
		const first = lastRequest(a.id, b.id)!;
		const declined = await call('/matchmaking/requests?/decline', {
			cookie: await signIn(b.email),
			form: { requestId: String(first.id), reason: 'No es el momento' }
		});
		expect(declined.status).toBe(303);
		const again = await send(a, b);
		expect(again.status).toBe(409);
		expect(again.text).toContain('rechazó su solicitud');
		expect(countRequests(a.id, b.id)).toBe(1);

		const reopened = await call('/matchmaking/requests?/reopen', {
			cookie: await signIn(b.email),
			form: { requestId: String(first.id) }
		});
		expect(reopened.status).toBe(303);
		expect(lastRequest(a.id, b.id)!.status).toBe('pending');
		// Only the recipient may reopen.
		const byA = await call('/matchmaking/requests?/reopen', {
			cookie: await signIn(a.email),
			form: { requestId: String(first.id) }
		});
		expect(byA.status).toBe(403);
	});

	it('withdraw-and-ask-again loops stop at 3 requests to one person (429)', async () => {
		const [a, b] = freshPeople(2, used);
		for (let i = 0; i < 3; i++) {
			expect((await send(a, b)).status).toBe(303);
			const withdrawn = await call('/matchmaking/requests?/cancel', {
				cookie: await signIn(a.email),
				form: { requestId: String(lastRequest(a.id, b.id)!.id) }
			});
			expect(withdrawn.status).toBe(303);
		}
		const fourth = await send(a, b);
		expect(fourth.status).toBe(429);
		expect(fourth.text).toContain('Ya envió 3 solicitudes a esta persona');
		expect(countRequests(a.id, b.id)).toBe(3);
	});

	it('one sender sends at most 25 requests in 24 hours (429)', async () => {
		const [a, ...others] = freshPeople(27, used);
		for (const b of others.slice(0, 25)) {
			expect((await send(a, b)).status).toBe(303);
			// Withdrawn at once, so the cap on open requests (20) is not what stops them.
			await call('/matchmaking/requests?/cancel', {
				cookie: await signIn(a.email),
				form: { requestId: String(lastRequest(a.id, b.id)!.id) }
			});
		}
		const over = await send(a, others[25]);
		expect(over.status).toBe(429);
		expect(over.text).toContain('25 solicitudes en las últimas 24 horas');
		expect(countRequests(a.id, others[25].id)).toBe(0);
	});

	it('a person blocks another: no requests either way, not recommended, pending one declined', async () => {
		const [a, b] = freshPeople(2, used);
		expect((await send(a, b)).status).toBe(303);
		const blocked = await call(`/matchmaking/people/${a.id}?/block`, {
			cookie: await signIn(b.email),
			form: {}
		});
		expect(blocked.status).toBe(303);
		expect(lastRequest(a.id, b.id)!.status).toBe('declined');
		for (const [from, to] of [
			[a, b],
			[b, a]
		]) {
			const refused = await send(from, to);
			expect(refused.status).toBe(409);
		}
		expect(countRequests(b.id, a.id)).toBe(0);
		const recs = await call('/matchmaking', { cookie: await signIn(b.email) });
		expect(recs.text).not.toContain(`href="/matchmaking/people/${a.id}"`);
	});

	it('a participant whose organisation waits for review is shown without it', async () => {
		const member = db
			.prepare(
				`select m.user_id as userId, o.id as orgId, o.slug from membership m
				 join organisation o on o.id = m.organisation_id join match_profile p on p.user_id = m.user_id
				 where o.moderation = 'approved' order by m.user_id limit 1`
			)
			.get() as { userId: number; orgId: number; slug: string };
		const [viewer] = freshPeople(1, used);
		const before = await call(`/matchmaking/people/${member.userId}`, {
			cookie: await signIn(viewer.email)
		});
		expect(before.text).toContain(`href="/exhibitors/${member.slug}"`);
		db.prepare(`update organisation set moderation = 'pending' where id = ?`).run(member.orgId);
		try {
			const after = await call(`/matchmaking/people/${member.userId}`, {
				cookie: await signIn(viewer.email)
			});
			expect(after.status).toBe(200);
			// Not in the directory yet, so not named or linked to other participants either.
			expect(after.text).not.toContain(`href="/exhibitors/${member.slug}"`);
		} finally {
			db.prepare(`update organisation set moderation = 'approved' where id = ?`).run(member.orgId);
		}
	});

	it('after a block nothing between the two can be reopened or accepted, whoever blocked', async () => {
		// The recipient declined, then the sender blocked them: the recipient cannot reopen.
		const [a, b] = freshPeople(2, used);
		expect((await send(a, b)).status).toBe(303);
		const declinedOne = lastRequest(a.id, b.id)!;
		const declined = await call('/matchmaking/requests?/decline', {
			cookie: await signIn(b.email),
			form: { requestId: String(declinedOne.id), reason: '' }
		});
		expect(declined.status).toBe(303);
		const blockedByA = await call(`/matchmaking/people/${b.id}?/block`, {
			cookie: await signIn(a.email),
			form: {}
		});
		expect(blockedByA.status).toBe(303);
		const reopened = await call('/matchmaking/requests?/reopen', {
			cookie: await signIn(b.email),
			form: { requestId: String(declinedOne.id) }
		});
		expect(reopened.status).toBe(409);
		expect(reopened.text).toContain('No es posible solicitar ni aceptar reuniones entre ustedes.');
		expect(lastRequest(a.id, b.id)!.status).toBe('declined');

		// A pending request whose sender then blocks the recipient cannot be accepted either.
		const [c, d] = freshPeople(2, used);
		expect((await send(c, d)).status).toBe(303);
		const pending = lastRequest(c.id, d.id)!;
		const blockedByC = await call(`/matchmaking/people/${d.id}?/block`, {
			cookie: await signIn(c.email),
			form: {}
		});
		expect(blockedByC.status).toBe(303);
		const accepted = await call('/matchmaking/requests?/accept', {
			cookie: await signIn(d.email),
			form: { requestId: String(pending.id) }
		});
		expect(accepted.status).toBe(409);
		expect(lastRequest(c.id, d.id)!.status).toBe('pending');
		const meetings = db
			.prepare('select count(*) as n from meeting where request_id = ?')
			.get(pending.id) as { n: number };
		expect(meetings.n).toBe(0);
	});
});

describe('inputs', () => {
	it('a file posted as the message is a 400 naming the field, nothing stored', async () => {
		const [a, b] = freshPeople(2, used);
		const form = new FormData();
		form.append('message', new Blob(['hola'], { type: 'text/plain' }), 'hola.txt');
		const reply = await call(`/matchmaking/people/${b.id}?/request`, {
			cookie: await signIn(a.email),
			form
		});
		expect(reply.status).toBe(400);
		expect(reply.text).toContain('Mensaje: escriba texto');
		expect(countRequests(a.id, b.id)).toBe(0);
	});

	it('ids are digits only: 1e3 is refused, not read as 1000', async () => {
		const [a, b] = freshPeople(2, used);
		expect((await send(a, b)).status).toBe(303);
		const id = lastRequest(a.id, b.id)!.id;
		for (const bad of ['1e3', `${id}.0`, ` ${id}`, '0x1']) {
			const reply = await call('/matchmaking/requests?/accept', {
				cookie: await signIn(b.email),
				form: { requestId: bad }
			});
			expect(reply.status, bad).toBe(400);
			expect(reply.text).toContain('no es un número entero válido');
		}
		expect(lastRequest(a.id, b.id)!.status).toBe('pending');
		expect((await call(`/matchmaking/people/1e3`, { cookie: await signIn(a.email) })).status).toBe(
			404
		);
	});

	it('a decline reason over 1000 characters is refused like the message, not cut', async () => {
		const [a, b] = freshPeople(2, used);
		expect((await send(a, b)).status).toBe(303);
		const reply = await call('/matchmaking/requests?/decline', {
			cookie: await signIn(b.email),
			form: { requestId: String(lastRequest(a.id, b.id)!.id), reason: 'x'.repeat(1001) }
		});
		expect(reply.status).toBe(400);
		expect(reply.text).toContain('Motivo: admite hasta 1000 caracteres');
		expect(lastRequest(a.id, b.id)).toMatchObject({ status: 'pending', reason: null });
	});

	it('moving to a slot that does not exist says so (404), not "just taken"', async () => {
		const [a, b] = freshPeople(2, used);
		const { meetingId, slotId } = await meet(a, b);
		const reply = await call('/agenda?/move', {
			cookie: await signIn(a.email),
			form: { meetingId: String(meetingId), slotId: '987654' }
		});
		expect(reply.status).toBe(404);
		expect(reply.text).toContain('Ese turno no existe');
		expect(reply.text).not.toContain('acaba de ocuparse');
		const still = db.prepare('select slot_id, status from meeting where id = ?').get(meetingId);
		expect(still).toEqual({ slot_id: slotId, status: 'active' });
	});
});

describe('cancelling a meeting', () => {
	it('tells the partner who cancelled and why, keeps the request accepted, and the pair books again', async () => {
		const [a, b] = freshPeople(2, used);
		const { requestId, meetingId } = await meet(a, b);
		const cancelled = await call('/agenda?/cancel', {
			cookie: await signIn(a.email),
			form: { meetingId: String(meetingId), reason: 'Me cruzo con una visita a planta' }
		});
		expect(cancelled.status).toBe(303);
		expect(lastRequest(a.id, b.id)!.status).toBe('accepted');
		const aName = (db.prepare('select name from user where id = ?').get(a.id) as { name: string })
			.name;
		const notice = db
			.prepare(
				`select payload from notification where user_id = ? and kind = 'meeting-cancelled' order by id desc`
			)
			.get(b.id) as { payload: string };
		expect(JSON.parse(notice.payload)).toMatchObject({
			partner: aName,
			reason: 'Me cruzo con una visita a planta'
		});
		const bEmail = b.email;
		const mail = db
			.prepare(`select subject, body_text from mail where to_address = ? order by id desc`)
			.get(bEmail) as { subject: string; body_text: string };
		expect(mail.subject).toContain(aName);
		expect(mail.body_text).toContain('Me cruzo con una visita a planta');

		const inbox = await call('/matchmaking/requests', { cookie: await signIn(b.email) });
		const slot = /name="slotId" value="(\d+)"/.exec(inbox.text)?.[1];
		expect(slot).toBeDefined();
		const booked = await call('/matchmaking/requests?/book', {
			cookie: await signIn(b.email),
			form: { requestId: String(requestId), slotId: slot! }
		});
		expect(booked.status).toBe(303);
		const active = db
			.prepare(`select count(*) as n from meeting where request_id = ? and status = 'active'`)
			.get(requestId) as { n: number };
		expect(active.n).toBe(1);
	});
});

describe('scheduling, publishing and locks', () => {
	it('scheduler meetings stay hidden until published; publishing locks and sends one digest per person', async () => {
		const [a, b] = freshPeople(2, used);
		const [c, d] = freshPeople(2, used);
		// Two accepted requests with no meeting yet, for the organiser's scheduler.
		for (const [x, y] of [
			[a, b],
			[c, d]
		]) {
			db.prepare(
				`insert into meeting_request (from_user_id, to_user_id, status, message) values (?, ?, 'accepted', '')`
			).run(x.id, y.id);
		}
		const org = await organiser();
		const before = (db.prepare('select count(*) as n from schedule_run').get() as { n: number }).n;
		expect(
			(await call('/admin/schedule?/run', { cookie: org, form: { budget: '2' } })).status
		).toBe(303);
		for (let i = 0; i < 120; i++) {
			const n = (db.prepare('select count(*) as n from schedule_run').get() as { n: number }).n;
			if (n > before) break;
			await new Promise((r) => setTimeout(r, 500));
		}
		const placed = db
			.prepare(
				`select m.id, m.placed_by, m.published_at from meeting m join meeting_request r on r.id = m.request_id
				 where r.from_user_id = ? and r.to_user_id = ? and m.status = 'active'`
			)
			.get(a.id, b.id) as { id: number; placed_by: string; published_at: number | null };
		expect(placed).toMatchObject({ placed_by: 'scheduler', published_at: null });

		const hidden = await call('/agenda', { cookie: await signIn(a.email) });
		expect(hidden.text).not.toContain(`href="/matchmaking/people/${b.id}"`);
		const ics = await call('/agenda/ical', { cookie: await signIn(a.email) });
		expect(ics.text).not.toContain('BEGIN:VEVENT');
		const programme = await call('/admin/programme', { cookie: org });
		expect(programme.text).toMatch(/reuniones? del programador sin publicar/);

		const notesBefore = db
			.prepare(`select count(*) as n from notification where kind = 'schedule-published'`)
			.get() as { n: number };
		expect((await call('/admin/programme?/publish', { cookie: org, form: {} })).status).toBe(303);
		const shown = await call('/agenda', { cookie: await signIn(a.email) });
		expect(shown.text).toContain(`href="/matchmaking/people/${b.id}"`);
		// Locked: no move or cancel controls, a change request instead.
		expect(shown.text).not.toContain('action="?/move"');
		expect(shown.text).not.toContain('action="?/cancel"');
		expect(shown.text).toContain('action="?/change"');

		for (const p of [a, b, c, d]) {
			const digests = db
				.prepare(
					`select count(*) as n from notification where user_id = ? and kind = 'schedule-published'`
				)
				.get(p.id) as { n: number };
			expect(digests.n, `digests for ${p.id}`).toBe(1);
			const user = db.prepare('select locale from user where id = ?').get(p.id) as {
				locale: string;
			};
			const mail = db
				.prepare(`select subject, body_text from mail where to_address = ? order by id desc`)
				.get(p.email) as { subject: string; body_text: string };
			expect(mail.subject).toBe(
				user.locale === 'es'
					? 'Su agenda de reuniones en EXTEMIN está publicada'
					: 'Your EXTEMIN meeting agenda is published'
			);
			expect(mail.body_text).toContain(`${server.baseUrl}/agenda`);
		}
		const notesAfter = db
			.prepare(`select count(*) as n from notification where kind = 'schedule-published'`)
			.get() as { n: number };
		// One per affected person, not one per meeting: the demo's booked meetings count too.
		const people = db
			.prepare(
				`select count(distinct me.user_id) as n from meeting_attendee me join meeting m on m.id = me.meeting_id where m.status = 'active'`
			)
			.get() as { n: number };
		expect(notesAfter.n - notesBefore.n).toBeLessThanOrEqual(people.n);

		// A participant cannot move or cancel it, even by posting the form.
		for (const action of ['cancel', 'move']) {
			const reply = await call(`/agenda?/${action}`, {
				cookie: await signIn(a.email),
				form: { meetingId: String(placed.id), slotId: '1' }
			});
			expect(reply.status, action).toBe(409);
			expect(reply.text).toContain('solo el organizador puede cambiarla');
		}
		expect(
			db.prepare('select status, locked from meeting where id = ?').get(placed.id) as object
		).toEqual({ status: 'active', locked: 1 });

		const asked = await call('/agenda?/change', {
			cookie: await signIn(a.email),
			form: { meetingId: String(placed.id), reason: 'Tengo un vuelo a las 10:00' }
		});
		expect(asked.status).toBe(303);
		const queue = await call('/admin/programme', { cookie: org });
		expect(queue.text).toContain('Tengo un vuelo a las 10:00');
		const change = db
			.prepare('select id from meeting_change_request where meeting_id = ?')
			.get(placed.id) as { id: number };
		const cancelled = await call('/admin/programme?/cancelMeeting', {
			cookie: org,
			form: { change: String(change.id) }
		});
		expect(cancelled.status).toBe(303);
		expect(
			(db.prepare('select status from meeting where id = ?').get(placed.id) as { status: string })
				.status
		).toBe('cancelled');
	}, 90_000);
});

describe('programme dates', () => {
	it('a meeting day outside the event is refused with a message naming the event dates', async () => {
		const org = await organiser();
		const reply = await call('/admin/programme?/addDay', {
			cookie: org,
			form: { date: '2025-01-01' }
		});
		expect(reply.status).toBe(400);
		expect(reply.text).toContain('2025-01-01 está fuera de las fechas del evento');
		expect(reply.text).toContain('2027-09-20');
		expect(reply.text).toContain('2027-09-24');
		expect(
			db.prepare(`select id from meeting_day where date = '2025-01-01'`).get()
		).toBeUndefined();
	});

	it('the dashboard activity chart shows the year where request and meeting dates meet', async () => {
		const org = await organiser();
		const page = await call('/admin', { cookie: org });
		const labels = [...page.text.matchAll(/<text[^>]*class="cat[^"]*"[^>]*>([^<]+)<\/text>/g)].map(
			(m) => m[1]
		);
		expect(labels.length).toBeGreaterThan(1);
		const years = new Set(labels.map((l) => /20\d\d/.exec(l)?.[0]).filter(Boolean));
		expect(years.size).toBeGreaterThan(1);
		for (const l of labels) expect(l).toMatch(/20\d\d/);
	});
});

describe('calendar', () => {
	it('the .ics file carries UTC instants: 09:00 in Lima, 14:00 in UTC', async () => {
		const [a, b] = freshPeople(2, used);
		const { slotId } = await meet(a, b);
		const slot = db.prepare('select starts_at from meeting_slot where id = ?').get(slotId) as {
			starts_at: number;
		};
		const ics = await call('/agenda/ical', { cookie: await signIn(a.email) });
		expect(ics.text).toMatch(/DTSTART(;[^:]*)?:\d{8}T\d{6}Z/);
		const [event] = new ICAL.Component(ICAL.parse(ics.text))
			.getAllSubcomponents('vevent')
			.map((e) => new ICAL.Event(e));
		expect(event.startDate.zone.tzid).toBe('UTC');
		expect(event.startDate.toJSDate().getTime()).toBe(slot.starts_at * 1000);
		const clock = (timeZone: string) =>
			new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(
				event.startDate.toJSDate()
			);
		// The earliest common slot of two people free all event long is the first, 09:00 Lima.
		expect(clock('America/Lima')).toBe('09:00');
		expect(clock('UTC')).toBe('14:00');
	});
});

describe('notices', () => {
	it('every matchmaking mail links absolutely from ORIGIN; the header counts unread notices', async () => {
		const [a, b] = freshPeople(2, used);
		expect((await send(a, b)).status).toBe(303);
		const mails = db.prepare('select body_text from mail').all() as { body_text: string }[];
		expect(mails.length).toBeGreaterThan(0);
		for (const m of mails) {
			expect(m.body_text).not.toMatch(/(^|\s)\/[a-z]/m);
			for (const link of m.body_text.match(/https?:\/\/\S+/g) ?? [])
				expect(link.startsWith(server.baseUrl)).toBe(true);
		}
		const cookie = await signIn(b.email);
		const home = await call('/', { cookie });
		expect(home.text).toMatch(
			/data-testid="notices"[^>]*>[\s\S]*?<span class="count[^"]*">1<\/span>/
		);
		const list = await call('/notifications', { cookie });
		expect(list.text).toContain('data-kind="request-received"');
		expect((await call('/notifications?/read', { cookie, form: {} })).status).toBe(303);
		const after = await call('/', { cookie });
		expect(after.text).not.toMatch(/data-testid="notices"[^>]*>[\s\S]*?<span class="count/);
	});
});

describe('recommendations', () => {
	it('a partner with no common free slot is marked and ranked after those with one', async () => {
		const [a] = freshPeople(1, used);
		const cookie = await signIn(a.email);
		const first = await call('/matchmaking', { cookie });
		const ids = [...first.text.matchAll(/<h3[^>]*><a href="\/matchmaking\/people\/(\d+)"/g)].map(
			(m) => Number(m[1])
		);
		expect(ids.length).toBeGreaterThan(3);
		const top = ids[0];
		const slots = db.prepare('select id from meeting_slot order by starts_at').all() as {
			id: number;
		}[];
		db.prepare('delete from match_availability where user_id in (?, ?)').run(a.id, top);
		db.prepare('insert into match_availability (user_id, slot_id) values (?, ?)').run(
			a.id,
			slots[0].id
		);
		db.prepare('insert into match_availability (user_id, slot_id) values (?, ?)').run(
			top,
			slots[1].id
		);
		const again = await call('/matchmaking', { cookie });
		const cards = again.text.split('data-testid="recommendation"').slice(1);
		const position = cards.findIndex((c) => c.includes(`href="/matchmaking/people/${top}"`));
		if (position >= 0) {
			expect(cards[position]).toContain('data-testid="no-common-time"');
			for (const later of cards.slice(position + 1))
				expect(later).toContain('data-testid="no-common-time"');
		}
		expect(cards[0]).not.toContain(`href="/matchmaking/people/${top}"`);

		// Accepted anyway: the request says why there is nothing to choose, and what to do.
		const partner = db.prepare('select id, email from user where id = ?').get(top) as Person;
		expect((await send(a, partner)).status).toBe(303);
		await call('/matchmaking/requests?/accept', {
			cookie: await signIn(partner.email),
			form: { requestId: String(lastRequest(a.id, top)!.id) }
		});
		const inbox = await call('/matchmaking/requests', { cookie });
		expect(inbox.text).toContain('data-testid="no-common-slot"');
		expect(inbox.text).toContain('no tienen ningún turno libre en común');
	});

	it('explanations use the taxonomy labels in the reader language, no stock claim, a visible score', async () => {
		const [a] = freshPeople(1, used);
		const en = await call('/en/matchmaking', { cookie: await signIn(a.email, 'en') });
		expect(en.text).toContain('out of 100');
		expect(en.text).not.toContain('often leads to deals');
		// Free tags that spell a curated item read in the reader's language ("inversión" → investment).
		expect(en.text).not.toMatch(/(Offers|Seeks) (inversión|hidrógeno verde)/);
		expect(en.text).not.toMatch(/class="score"[^>]*title=/);
		const es = await call('/matchmaking', { cookie: await signIn(a.email, 'es') });
		expect(es.text).toContain('de 100');
		expect(es.text).not.toContain('suele concretar acuerdos');
		expect(es.text).not.toContain('Temas en común');
	});

	it("a small producer's first ten recommendations include providers of what they seek", async () => {
		const producers = db
			.prepare(
				`select u.id, u.email, p.seeks, p.details from user u join match_profile p on p.user_id = u.id
				 join membership ms on ms.user_id = u.id join organisation o on o.id = ms.organisation_id
				 where o.kind = 'small-producer' and u.disabled_at is null and u.email_verified_at is not null
				 order by u.id limit 4`
			)
			.all() as { id: number; email: string; seeks: string; details: string }[];
		expect(producers.length).toBeGreaterThan(0);
		const offers = db
			.prepare(
				`select p.user_id, p.offers, o.id as org from match_profile p join user u on u.id = p.user_id
				 left join membership ms on ms.user_id = u.id left join organisation o on o.id = ms.organisation_id
				 where u.disabled_at is null`
			)
			.all() as { user_id: number; offers: string; org: number | null }[];
		let checked = 0;
		for (const producer of producers) {
			const needs = (JSON.parse(producer.details) as { needs?: string[] }).needs ?? [];
			const seeks = [...(JSON.parse(producer.seeks) as string[]), ...needs].map(toTerm);
			const answers = (raw: string) => {
				const offer = toTerm(raw);
				return seeks.some(
					(s) =>
						(s.key !== null && s.key === offer.key) ||
						(s.key !== null && familyOf(s.key).some((f) => f.key === offer.key))
				);
			};
			const providers = new Set(
				offers
					.filter((o) => o.user_id !== producer.id)
					.filter((o) => (JSON.parse(o.offers) as string[]).some(answers))
					.map((o) => o.user_id)
			);
			if (providers.size === 0) continue;
			const page = await call('/matchmaking', { cookie: await signIn(producer.email) });
			const top10 = [...page.text.matchAll(/<h3[^>]*><a href="\/matchmaking\/people\/(\d+)"/g)]
				.map((m) => Number(m[1]))
				.slice(0, 10);
			expect(
				top10.some((id) => providers.has(id)),
				`producer ${producer.id}`
			).toBe(true);
			checked++;
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('the small-producer page lists providers by need with booths and a request button; the home page links it', async () => {
		const home = await call('/');
		expect(home.text).toContain('href="/matchmaking/producers"');
		const page = await call('/matchmaking/producers');
		expect(page.status).toBe(200);
		for (const tool of [
			'environmental-monitoring',
			'mercury-free-processing',
			'chain-of-custody',
			'formalisation-paperwork',
			'safety-training',
			'small-mining-finance'
		])
			expect(page.text).toContain(`data-tool="${tool}"`);
		expect(page.text).toContain('data-testid="provider"');
		expect(page.text).toMatch(/href="\/floor\?booth=[^"]+"/);
		expect(page.text).toMatch(/href="\/login\?redirectTo=%2Fmatchmaking%2Fpeople%2F\d+"/);
	});
});
