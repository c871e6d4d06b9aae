import { describe, expect, it } from 'vitest';
import { queryDemo } from '../support/demo-db';
import { call, signIn } from './auth-client';
import { sharedServer } from '../support/shared-server';

const databasePath = sharedServer().databasePath;
const stamp = Date.now().toString(36);
const email = `journey-${stamp}@example.pe`;
const password = 'una mina de cobre en Arequipa';

function lastMailTo(to: string): string {
	const rows = queryDemo<{ body_text: string }>(
		databasePath,
		'select body_text from mail where to_address = ? order by id desc limit 1',
		to
	);
	return rows[0]?.body_text ?? '';
}

async function until<T>(probe: () => Promise<T | null>, ms = 8000): Promise<T | null> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await probe();
		if (value || Date.now() > deadline) return value;
		await new Promise((r) => setTimeout(r, 200));
	}
}

describe('a new exhibitor, from sign-up to search', () => {
	it('signs up, verifies, registers, applies, is approved, edits, bookmarks, signs out', async () => {
		const bad = await call('/signup?/signup', {
			form: { name: 'Lucía', email, password: 'password' }
		});
		expect(bad.status).toBe(400);
		expect(bad.text).toContain('muy común');
		expect(bad.text).toContain(email);
		expect(bad.text).not.toContain('value="password"');

		const signup = await call('/signup?/signup', {
			form: { name: 'Lucía Quispe', email, password, redirectTo: '/me' }
		});
		expect(signup.status).toBe(303);
		// No session from the sign-up itself: the answer is the same for a taken address
		// (docs/security.md). The new account signs in with its password.
		expect(signup.headers.get('set-cookie') ?? '').not.toMatch(/session=[^;]/);
		const cookie = await signIn(email, password);

		const token = /verify-email\?token=([a-z2-7]+)/.exec(lastMailTo(email))?.[1];
		expect(token).toBeTruthy();
		const verified = await call('/verify-email?/verify', { cookie, form: { token: token! } });
		expect(verified.status).toBe(200);
		expect(verified.text).toContain('quedó confirmado');

		const name = `Cobre Andino ${stamp}`;
		const created = await call('/organisation/new?/create', {
			cookie,
			form: {
				name,
				kind: 'startup',
				country: 'PE',
				city: 'Arequipa',
				sectors: 'automation',
				role: 'organiser'
			}
		});
		expect(created.status).toBe(303);
		expect((await call('/organisation', { cookie })).text).toContain(name);

		expect((await call('/organisation?/apply', { cookie, form: {} })).status).toBe(303);
		const [app] = queryDemo<{ id: number }>(
			databasePath,
			`select e.id from exhibitor e join organisation o on o.id = e.organisation_id where o.name = ?`,
			name
		);
		const organiser = await signIn('organizador@extemin.pe');
		const decided = await call('/admin/applications?/decide', {
			cookie: organiser,
			form: { ids: String(app.id), decision: 'approved', reason: '' }
		});
		expect(decided.status).toBe(303);
		expect((await call('/organisation', { cookie })).text).toContain('Aprobada');
		expect(lastMailTo(email)).toContain('aprobada');

		const word = `tajo${stamp}`;
		const edited = await call('/organisation/edit?/save', {
			cookie,
			form: {
				name,
				kind: 'startup',
				country: 'PE',
				description_es: `Sensores para ${word}`,
				sectors: 'automation'
			}
		});
		expect(edited.status).toBe(303);
		const hit = await until(async () => {
			const res = await call(`/api/search?q=${word}`);
			return res.text.includes(name.replace(/ /g, ' ')) ? res : null;
		});
		expect(hit).not.toBeNull();

		const [other] = queryDemo<{ id: number; slug: string }>(
			databasePath,
			'select id, slug from organisation where name <> ? order by id limit 1',
			name
		);
		const saved = await call('/me/bookmarks?/toggle', {
			cookie,
			form: {
				type: 'organisation',
				targetId: String(other.id),
				want: '1',
				redirectTo: `/exhibitors/${other.slug}`
			}
		});
		expect(saved.status).toBe(303);
		expect(saved.location).toBe(`/exhibitors/${other.slug}`);
		expect((await call('/me/bookmarks', { cookie })).text).toContain(`/exhibitors/${other.slug}`);

		expect((await call('/logout', { cookie, form: {} })).status).toBe(303);
		expect((await call('/me', { cookie })).status).toBe(303);
	});
});
