import { describe, expect, it } from 'vitest';
import {
	DEMO_PASSWORD,
	ORGANISER_EMAIL,
	PASSWORD,
	baseUrl,
	confirm,
	databasePath,
	http,
	mailsTo,
	queryDemo,
	signIn,
	signUp,
	until,
	visitor,
	writeDb
} from './trust-client';

// docs/security.md, the low-severity findings of the 2026-12-01 probe, one test each.
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function demoMember(): { email: string; organisationId: number } {
	const [row] = queryDemo<{ email: string; organisationId: number }>(
		databasePath,
		"select u.email, m.organisation_id as organisationId from user u join membership m on m.user_id = u.id where m.rights = 'owner' order by u.id limit 1 offset 3"
	);
	return row;
}

async function confirmedOwner(orgName = `Dueña ${stamp()}`) {
	const email = await signUp('dueno');
	await confirm(email);
	const cookie = await signIn(email, PASSWORD);
	const created = await http('/organisation/new?/create', {
		cookie,
		form: { name: orgName, kind: 'startup', country: 'PE', sectors: 'ai' }
	});
	expect(created.status).toBe(303);
	return { email, cookie };
}

describe('personal pages', () => {
	it('send Cache-Control: private, no-store; language-dependent pages send Vary', async () => {
		const member = await signIn(demoMember().email);
		const organiser = await signIn(ORGANISER_EMAIL);
		const pages: [string, string | undefined][] = [
			['/me', member],
			['/me/__data.json', member],
			['/agenda', member],
			['/agenda/print', member],
			['/matchmaking/requests', member],
			['/matchmaking/profile', member],
			['/organisation', member],
			['/organisation/members', member],
			['/admin/mail', organiser],
			['/admin/moderation', organiser],
			['/reset-password?token=abcdefghijklmnopqrstuvwxyz', undefined],
			['/setup/abcdefghijklmnopqrstuvwxyz', undefined],
			['/invite/abcdefghijklmnopqrstuvwxyz', undefined],
			['/exhibitors', member]
		];
		for (const [path, cookie] of pages) {
			const reply = await http(path, { cookie });
			expect(reply.status, path).toBe(200);
			expect(reply.headers.get('cache-control'), path).toBe('private, no-store');
		}
		const home = await http('/');
		expect(home.headers.get('cache-control') ?? '').not.toContain('no-store');
		expect(home.headers.get('vary') ?? '').toMatch(/Accept-Language/i);
		expect(home.headers.get('vary') ?? '').toMatch(/Cookie/i);
	});

	it('keep the iCal feed’s Referrer-Policy: no-referrer', async () => {
		const cookie = await signIn(demoMember().email);
		const feed = await http('/agenda?/feed', { cookie, form: {} });
		const url = /\/agenda\/ical\/([A-Za-z0-9_-]+)/.exec(feed.text)?.[0];
		expect(url).toBeTruthy();
		const ics = await http(url!);
		expect(ics.status).toBe(200);
		expect(ics.headers.get('referrer-policy')).toBe('no-referrer');
	});
});

describe('the same answer whether or not an account exists', () => {
	it('sign-up with a taken address looks like any sign-up, and mails the owner instead', async () => {
		const taken = demoMember().email;
		const fresh = `libre-${stamp()}@example.pe`;
		const a = await http('/signup?/signup', {
			form: { name: 'Alguien', email: taken, password: PASSWORD },
			ip: visitor()
		});
		const b = await http('/signup?/signup', {
			form: { name: 'Alguien', email: fresh, password: PASSWORD },
			ip: visitor()
		});
		expect(a.status).toBe(303);
		expect(b.status).toBe(303);
		expect(a.location).toBe(b.location);
		expect(a.cookie).toBeNull();
		expect(b.cookie).toBeNull();
		expect(a.text).toBe(b.text);
		await until(() =>
			mailsTo(taken).find((m) => /intentó crear una cuenta|tried to create/.test(m.subject))
		);
		await until(() => mailsTo(fresh).find((m) => m.body_text.includes('/verify-email?token=')));
	});

	it('an invitation to someone of another organisation answers like any invitation', async () => {
		const { cookie } = await confirmedOwner();
		const other = demoMember().email;
		const fresh = `colega-${stamp()}@example.pe`;
		const a = await http('/organisation/members?/invite', {
			cookie,
			form: { email: other },
			ip: visitor()
		});
		const b = await http('/organisation/members?/invite', {
			cookie,
			form: { email: fresh },
			ip: visitor()
		});
		expect(a.status).toBe(200);
		expect(b.status).toBe(200);
		expect(a.text).toContain(`Enviamos una invitación a ${other}.`);
		expect(b.text).toContain(`Enviamos una invitación a ${fresh}.`);
		expect(a.text).not.toContain('ya pertenece');
		// Both appear among the pending invitations, so the list tells nothing either.
		const list = await http('/organisation/members', { cookie });
		expect(list.text).toContain(other);
		expect(list.text).toContain(fresh);
		const note = await until(() => mailsTo(other).find((m) => m.subject.includes('Invitación')));
		expect(note.body_text).not.toMatch(/\/invite\/[a-z2-7]{16,}/);
	});
});

describe('odd redirect targets', () => {
	it('never give 500, and the sign-in either fully works or does not happen', async () => {
		const cookie = await signIn(demoMember().email);
		const get = await http('/login?redirectTo=/%E4%B8%AD', { cookie });
		expect(get.status).toBe(303);
		expect(get.location).toBe('/%E4%B8%AD');

		const post = await http('/login?/login', {
			form: { email: demoMember().email, password: DEMO_PASSWORD, redirectTo: '/中' },
			ip: visitor()
		});
		expect(post.status).toBe(303);
		expect(post.location).toBe('/%E4%B8%AD');
		expect(post.cookie).toBeTruthy();

		const language = await http('/language', { form: { locale: 'en', redirectTo: '/中' } });
		expect(language.status).toBe(303);
		expect(language.location).toBe('/en/%E4%B8%AD');
	});
});

describe('banners', () => {
	it('come only from known keys', async () => {
		const cookie = await signIn(demoMember().email);
		const requests = await http('/matchmaking/requests?done=constructor', { cookie });
		expect(requests.status).toBe(200);
		expect(requests.text).not.toContain('native code');
		const organisation = await http('/organisation?notice=anything', { cookie });
		expect(organisation.status).toBe(200);
		expect(organisation.text).not.toContain('alert-success');
	});
});

describe('profile lists', () => {
	it('are de-duplicated and capped', async () => {
		const email = await signUp('perfil');
		const cookie = await signIn(email, PASSWORD);
		const form = {
			headline: 'Busco socios',
			offers: 'ingeniería',
			sectors: Array(2500).fill('ai'),
			languages: Array(50).fill('es'),
			needs: Array(300).fill('financing')
		};
		const saved = await http('/matchmaking/profile?/save', { cookie, form });
		expect(saved.status).toBeLessThan(500);
		const [row] = queryDemo<{ sectors: string; languages: string; details: string }>(
			databasePath,
			'select p.sectors, p.languages, p.details from match_profile p join user u on u.id = p.user_id where u.email = ?',
			email
		);
		expect(row).toBeTruthy();
		expect(JSON.parse(row.sectors)).toEqual(['ai']);
		expect(JSON.parse(row.languages)).toEqual(['es']);
		const needs = (JSON.parse(row.details) as { needs?: string[] }).needs ?? [];
		expect(needs.length).toBeLessThanOrEqual(1);
	});
});

describe('the calendar feed token', () => {
	async function feedFor(cookie: string) {
		const feed = await http('/agenda?/feed', { cookie, form: {} });
		return /\/agenda\/ical\/([A-Za-z0-9_-]+)/.exec(feed.text)![0];
	}

	it('ends with a password reset and with "end other sessions"', async () => {
		const email = await signUp('feed');
		const cookie = await signIn(email, PASSWORD);
		const url = await feedFor(cookie);
		expect((await http(url)).status).toBe(200);
		const changed = await http('/me/password?/change', {
			cookie,
			form: {
				currentPassword: PASSWORD,
				newPassword: 'una frase nueva y larga',
				endOtherSessions: 'on'
			}
		});
		expect(changed.status).toBe(303);
		expect((await http(url)).status).toBe(404);

		const again = await feedFor(cookie);
		expect((await http(again)).status).toBe(200);
		await http('/forgot-password?/request', { form: { email }, ip: visitor() });
		const mail = await until(() =>
			mailsTo(email).find((m) => m.body_text.includes('/reset-password?token='))
		);
		const token = /reset-password\?token=([a-z2-7]+)/.exec(mail.body_text)![1];
		const reset = await http('/reset-password?/reset', {
			form: { token, password: 'y otra frase más para la cuenta' }
		});
		expect(reset.status).toBeLessThan(400);
		expect((await http(again)).status).toBe(404);
	});

	it('is refused for a disabled account', async () => {
		const email = await signUp('feed-off');
		const cookie = await signIn(email, PASSWORD);
		const url = await feedFor(cookie);
		writeDb('update user set disabled_at = unixepoch() where email = ?', email);
		expect((await http(url)).status).toBe(404);
	});
});

describe('mail headers', () => {
	it('carry no control characters from names', async () => {
		const { cookie } = await confirmedOwner(`Acme ${stamp()}\r\nBcc: victima@example.pe`);
		const to = `cabecera-${stamp()}@example.pe`;
		const invite = await http('/organisation/members?/invite', {
			cookie,
			form: { email: to },
			ip: visitor()
		});
		expect(invite.status).toBe(200);
		const mail = await until(() => mailsTo(to)[0]);
		expect(mail.subject).not.toMatch(/[\r\n]/);
		expect(mail.subject).toContain('Acme');
	});
});

describe('CSV exports', () => {
	it('quote every cell whose first visible character is a formula trigger', async () => {
		const tricks = [`\u200b=HYPERLINK("http://evil.example")${stamp()}`, `＝1+1${stamp()}`];
		for (const q of tricks) await fetch(`${baseUrl}/api/search?q=${encodeURIComponent(q)}`);
		const organiser = await signIn(ORGANISER_EMAIL);
		const csv = await until(async () => {
			const reply = await http('/admin/reports/searches', { cookie: organiser });
			return tricks.every((t) => reply.text.includes(t.slice(-8))) ? reply.text : null;
		}, 15_000);
		for (const line of csv
			.split('\r\n')
			.filter((l) => tricks.some((t) => l.includes(t.slice(-8))))) {
			expect(line.replace(/^"/, '').startsWith("'"), JSON.stringify(line)).toBe(true);
		}
	});
});
