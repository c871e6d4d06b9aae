import { describe, expect, it } from 'vitest';
import {
	DEMO_PASSWORD,
	PASSWORD,
	confirm,
	databasePath,
	http,
	mailsTo,
	queryDemo,
	signIn,
	signUp,
	visitor
} from './trust-client';

// docs/security.md, "Throttles": every form that sends mail is throttled per client address
// and per account or organisation, with 429, Retry-After and a sentence in the visitor's language.
const stamp = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

describe('throttles on forms that send mail', () => {
	it('sign-up: 30 in a row from one address are not all accepted', async () => {
		const ip = visitor();
		const statuses: number[] = [];
		let refused = '';
		for (let i = 0; i < 30; i++) {
			const reply = await http('/signup?/signup', {
				form: { name: 'Ráfaga', email: `rafaga-${stamp()}@example.pe`, password: PASSWORD },
				ip
			});
			statuses.push(reply.status);
			if (reply.status === 429) refused = reply.text;
		}
		expect(statuses.filter((s) => s === 303).length).toBeLessThanOrEqual(12);
		expect(statuses).toContain(429);
		expect(refused).toContain('Demasiados intentos');
		// Another visitor is not affected.
		expect(
			(
				await http('/signup?/signup', {
					form: { name: 'Otra', email: `otra-${stamp()}@example.pe`, password: PASSWORD },
					ip: visitor()
				})
			).status
		).toBe(303);
	});

	it('verification resend: 20 in a row do not send 21 mails', async () => {
		const email = await signUp('reenvio');
		const cookie = await signIn(email, PASSWORD);
		const statuses: number[] = [];
		for (let i = 0; i < 20; i++) {
			const reply = await http('/verify-email?/resend', { cookie, form: {}, ip: visitor() });
			statuses.push(reply.status);
		}
		expect(statuses).toContain(429);
		expect(mailsTo(email).length).toBeLessThanOrEqual(6);
	});

	it('password reset answers 429 in English for an English visitor', async () => {
		const ip = visitor();
		let last = { status: 0, text: '', headers: new Headers() };
		for (let i = 0; i < 25 && last.status !== 429; i++) {
			last = await http('/en/forgot-password?/request', {
				form: { email: `nadie-${stamp()}@example.pe` },
				ip,
				headers: { cookie: 'locale=en', 'accept-language': 'en' }
			});
		}
		expect(last.status).toBe(429);
		expect(last.text).toContain('Too many attempts');
		expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
	});

	it('invitations: per organisation, and the same address not again and again', async () => {
		const email = await signUp('invita');
		await confirm(email);
		const cookie = await signIn(email, PASSWORD);
		const created = await http('/organisation/new?/create', {
			cookie,
			form: { name: `Invitadora ${stamp()}`, kind: 'startup', country: 'PE', sectors: 'ai' }
		});
		expect(created.status).toBe(303);

		const same = `mismo-${stamp()}@example.pe`;
		const repeated: number[] = [];
		for (let i = 0; i < 6; i++) {
			repeated.push(
				(
					await http('/organisation/members?/invite', {
						cookie,
						form: { email: same },
						ip: visitor()
					})
				).status
			);
		}
		expect(repeated).toContain(429);
		expect(mailsTo(same).length).toBeLessThanOrEqual(3);

		const many: number[] = [];
		for (let i = 0; i < 12; i++) {
			const to = `colega-${i}-${stamp()}@example.pe`;
			many.push(
				(
					await http('/organisation/members?/invite', {
						cookie,
						form: { email: to },
						ip: visitor()
					})
				).status
			);
		}
		expect(many).toContain(429);
	});
});

describe('client address behind a proxy without ADDRESS_HEADER', () => {
	it('does not put every visitor in the proxy’s bucket', async () => {
		// This server runs without ADDRESS_HEADER on 127.0.0.1, as behind nginx on the same
		// machine: adapter-node's getClientAddress() is the proxy's address for everyone.
		const abuser = visitor();
		let status = 0;
		for (let i = 0; i < 70 && status !== 429; i++) {
			status = (
				await http('/login?/login', {
					form: { email: `adivina-${i}-${stamp()}@example.pe`, password: 'no es esta' },
					ip: abuser
				})
			).status;
		}
		expect(status).toBe(429);
		// Someone else behind the same proxy still signs in.
		const [user] = queryDemo<{ email: string }>(
			databasePath,
			"select email from user where role = 'attendee' and email like '%@%' order by id limit 1"
		);
		const ok = await http('/login?/login', {
			form: { email: user.email, password: DEMO_PASSWORD },
			ip: visitor()
		});
		expect(ok.status).toBe(303);
	});
});
