import { beforeAll, describe, expect, it } from 'vitest';
import { queryDemo } from '../support/demo-db';
import { call, signIn } from './auth-client';
import { sharedServer } from '../support/shared-server';

const databasePath = sharedServer().databasePath;
let cookie = '';
let userId = 0;

/** The hidden fields of each bookmark form on a page, in page order. */
function bookmarkForms(html: string) {
	const forms = html.match(/<form[^>]*action="\/me\/bookmarks\?\/toggle"[\s\S]*?<\/form>/g) ?? [];
	return forms.map((form) => {
		const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(form)?.[1];
		return {
			type: field('type')!,
			targetId: field('targetId')!,
			want: field('want')!,
			redirectTo: field('redirectTo')!.replace(/&amp;/g, '&'),
			pressed: /aria-pressed="true"/.test(form)
		};
	});
}

beforeAll(async () => {
	// An attendee of its own, so other files' bookmarks never interfere.
	const [row] = queryDemo<{ id: number; email: string }>(
		databasePath,
		`select id, email from user where role = 'attendee' and email not like '%@example.pe'
		 order by id desc limit 1 offset 3`
	);
	userId = row.id;
	cookie = await signIn(row.email);
});

describe('search result cards carry a bookmark button', () => {
	it('asks a visitor who is not signed in to sign in, returning to the search', async () => {
		const page = await call('/exhibitors?q=hidrogeno');
		expect(page.status).toBe(200);
		expect(bookmarkForms(page.text)).toEqual([]);
		expect(page.text).toContain('href="/login?redirectTo=%2Fexhibitors%3Fq%3Dhidrogeno"');
	});

	it('saves an organisation and an innovation from the results with plain form posts', async () => {
		const page = await call('/exhibitors?q=hidrogeno', { cookie });
		const forms = bookmarkForms(page.text);
		expect(forms.length).toBeGreaterThanOrEqual(2);
		const organisation = forms.find((f) => f.type === 'organisation')!;
		const innovation = forms.find((f) => f.type === 'innovation')!;
		for (const form of [organisation, innovation]) {
			expect(form).toMatchObject({
				want: '1',
				pressed: false,
				redirectTo: '/exhibitors?q=hidrogeno'
			});
			const { pressed: _pressed, ...fields } = form;
			const reply = await call('/me/bookmarks?/toggle', { cookie, form: fields });
			expect(reply.status).toBe(303);
			expect(reply.location).toBe('/exhibitors?q=hidrogeno');
		}
		const saved = queryDemo<{ target_type: string; target_id: number }>(
			databasePath,
			'select target_type, target_id from bookmark where user_id = ? order by target_type',
			userId
		);
		expect(saved).toEqual([
			{ target_type: 'innovation', target_id: Number(innovation.targetId) },
			{ target_type: 'organisation', target_id: Number(organisation.targetId) }
		]);
		const after = bookmarkForms((await call('/exhibitors?q=hidrogeno', { cookie })).text);
		const same = (f: { type: string; targetId: string }) =>
			after.find((a) => a.type === f.type && a.targetId === f.targetId)!;
		expect(same(organisation)).toMatchObject({ pressed: true, want: '0' });
		expect(same(innovation)).toMatchObject({ pressed: true, want: '0' });
	});
});
