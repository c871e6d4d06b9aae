import { describe, expect, it } from 'vitest';
import {
	PASSWORD,
	confirm,
	databasePath,
	http,
	queryDemo,
	signIn,
	signUp,
	writeDb
} from './trust-client';

// docs/security.md, "Unconfirmed addresses": browse, bookmark and edit own data; no requests,
// invitations, organisations or applications until the address is confirmed.
const count = (table: string) =>
	queryDemo<{ n: number }>(databasePath, `select count(*) as n from ${table}`)[0].n;

function expectRefusedWithResend(reply: { status: number; text: string }) {
	expect(reply.status).toBe(403);
	expect(reply.text).toContain('Confirme su correo');
	expect(reply.text).toContain('/verify-email?/resend');
}

describe('an account whose address nobody confirmed', () => {
	it('may browse and bookmark, but not create an organisation or send a meeting request', async () => {
		const email = await signUp('sin-confirmar');
		const cookie = await signIn(email, PASSWORD);
		const [org] = queryDemo<{ id: number; slug: string }>(
			databasePath,
			"select id, slug from organisation where moderation = 'approved' order by id limit 1"
		);
		expect((await http(`/exhibitors/${org.slug}`, { cookie })).status).toBe(200);
		const bookmark = await http('/me/bookmarks?/toggle', {
			cookie,
			form: { type: 'organisation', targetId: String(org.id), want: '1' }
		});
		expect(bookmark.status).toBe(303);

		const page = await http('/organisation/new', { cookie });
		expect(page.text).toContain('data-testid="unconfirmed-notice"');
		const organisations = count('organisation');
		const created = await http('/organisation/new?/create', {
			cookie,
			form: {
				name: 'Security notice: verify your account at https://evil.example/login',
				kind: 'startup',
				country: 'PE',
				sectors: 'ai'
			}
		});
		expectRefusedWithResend(created);
		expect(count('organisation')).toBe(organisations);

		const [partner] = queryDemo<{ user_id: number }>(
			databasePath,
			'select user_id from match_profile order by user_id limit 1'
		);
		const requests = count('meeting_request');
		const sent = await http(`/matchmaking/people/${partner.user_id}?/request`, {
			cookie,
			form: { message: 'Hola' }
		});
		expectRefusedWithResend(sent);
		expect(count('meeting_request')).toBe(requests);

		// Once confirmed, the same form works.
		await confirm(email);
		const after = await http('/organisation/new?/create', {
			cookie,
			form: { name: `Confirmada ${Date.now()}`, kind: 'startup', country: 'PE', sectors: 'ai' }
		});
		expect(after.status).toBe(303);
	});

	it('as an owner may not invite, edit the public profile or apply to exhibit', async () => {
		const email = await signUp('dueno-sin-confirmar');
		await confirm(email);
		const cookie = await signIn(email, PASSWORD);
		const name = `Dueña ${Date.now()}`;
		const created = await http('/organisation/new?/create', {
			cookie,
			form: { name, kind: 'startup', country: 'PE', sectors: 'ai' }
		});
		expect(created.status).toBe(303);
		// An address that stops being confirmed (changed, or never was for older accounts).
		writeDb('update user set email_verified_at = null where email = ?', email);

		const mails = count('mail');
		expectRefusedWithResend(
			await http('/organisation/members?/invite', { cookie, form: { email: 'x@example.pe' } })
		);
		expectRefusedWithResend(await http('/organisation?/apply', { cookie, form: {} }));
		expectRefusedWithResend(
			await http('/organisation/edit?/save', {
				cookie,
				form: { name: 'Otro nombre', kind: 'startup', country: 'PE', sectors: 'ai' }
			})
		);
		expect(count('mail')).toBe(mails);
		expect(
			queryDemo(
				databasePath,
				'select 1 from exhibitor e join membership m on m.organisation_id = e.organisation_id join user u on u.id = m.user_id where u.email = ?',
				email
			)
		).toEqual([]);
		// Its own account data stays editable.
		const password = await http('/me/password?/change', {
			cookie,
			form: { currentPassword: PASSWORD, newPassword: 'otra frase para la cuenta' }
		});
		expect(password.status).toBe(303);
	});
});
