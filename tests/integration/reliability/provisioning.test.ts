import { describe, expect, it } from 'vitest';
import { runCli } from './http';
import {
	ORGANISER_EMAIL,
	PASSWORD,
	databasePath,
	http,
	queryDemo,
	mailsTo,
	signIn,
	signUp,
	until,
	visitor
} from './trust-client';

// docs/security.md, "Provisioning" and "Mail": the organiser role comes with the setup link,
// never by promoting whoever registered the address first; the outbox shows no usable link.
describe('provisioning', () => {
	it('create-organiser invites: the squatter of the address is signed out, never promoted', async () => {
		const email = await signUp('nueva-organizadora');
		const squatter = await signIn(email, PASSWORD);
		expect((await http('/me', { cookie: squatter })).status).toBe(200);

		const cli = await runCli(['create-organiser', email], databasePath);
		expect(cli.code, cli.stderr).toBe(0);
		const token = /\/setup\/([a-z2-7]+)/.exec(cli.stdout)?.[1];
		expect(token).toBeTruthy();

		// The live session ended, the old password no longer works, nothing was promoted.
		const after = await http('/admin', { cookie: squatter });
		expect(after.status).toBe(303);
		expect(after.location).toMatch(/^\/login/);
		const again = await http('/login?/login', {
			form: { email, password: PASSWORD },
			ip: visitor()
		});
		expect(again.status).toBe(400);
		expect(queryRole(email)).toEqual([{ role: 'attendee' }]);

		// The holder of the link sets a password and becomes organiser.
		const page = await http(`/setup/${token}`);
		expect(page.status).toBe(200);
		expect(page.text).not.toContain('Prueba nueva-organizadora');
		const setup = await http(`/setup/${token}?/setup`, {
			form: { name: 'Nueva Organizadora', password: 'la feria de Arequipa en septiembre' }
		});
		expect(setup.status).toBe(303);
		expect((await http('/admin', { cookie: setup.cookie! })).status).toBe(200);
		// The link works once.
		const reuse = await http(`/setup/${token}?/setup`, {
			form: { name: 'Otra', password: 'otra frase bastante larga' }
		});
		expect(reuse.status).toBe(400);
	});

	it('create-organiser for a new address creates no account until the link is used', async () => {
		const email = `organizadora-${Date.now().toString(36)}@extemin.pe`;
		const cli = await runCli(['create-organiser', email], databasePath);
		expect(cli.code, cli.stderr).toBe(0);
		expect(queryRole(email)).toEqual([]);
	});
});

describe('the organiser outbox', () => {
	it('shows no usable reset, verification, setup or invitation link', async () => {
		const email = await signUp('bandeja');
		await http('/forgot-password?/request', { form: { email }, ip: visitor() });
		await until(() => mailsTo(email).find((m) => m.body_text.includes('/reset-password')));
		const organiser = await signIn(ORGANISER_EMAIL);
		for (const path of ['/admin/mail', '/admin/mail/__data.json']) {
			const page = await http(path, { cookie: organiser });
			expect(page.status).toBe(200);
			expect(page.text).toContain(email);
			expect(page.text).not.toMatch(/token=[a-z2-7]{16,}/);
			expect(page.text).not.toMatch(/\/(?:setup|invite)\/[a-z2-7]{16,}/);
		}
	});

	it('prints one mail in full from the command line, for local development', async () => {
		const email = await signUp('cli-correo');
		const mail = await until(() => mailsTo(email)[0]);
		const shown = await runCli(['mail', 'show', String(mail.id)], databasePath);
		expect(shown.code, shown.stderr).toBe(0);
		expect(shown.stdout).toMatch(/verify-email\?token=[a-z2-7]{16,}/);
		const bad = await runCli(['mail', 'show', 'abc'], databasePath);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('not a mail id');
	});
});

function queryRole(email: string) {
	return queryDemo<{ role: string }>(databasePath, 'select role from user where email = ?', email);
}
