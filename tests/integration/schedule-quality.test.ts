/**
 * The organiser's scheduling preview over HTTP (a plain form post, no JavaScript): the page
 * states the quality figure with its meaning and lists unscheduled requests with a reason.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, signIn } from './auth-client';
import { sharedServer } from '../support/shared-server';

function acceptedWithoutMeeting(): number {
	const db = new Database(sharedServer().databasePath, { readonly: true });
	try {
		const row = db
			.prepare(
				`select count(*) as n from meeting_request r where r.status = 'accepted'
				 and not exists (select 1 from meeting m where m.request_id = r.id and m.status = 'active')`
			)
			.get() as { n: number };
		return row.n;
	} finally {
		db.close();
	}
}

describe('scheduling quality on the organiser page', () => {
	it('a preview shows "at least x % of the best possible" and the unscheduled requests with reasons', async () => {
		const cookie = await signIn('organizador@extemin.pe');
		const page = await call('/admin/schedule?/preview', { cookie, form: {} });
		expect(page.status).toBe(200);
		const figure = /data-testid="schedule-quality"[^>]*>([^<]*)</.exec(page.text)?.[1] ?? '';
		// Spanish first: "Al menos el 99,6 % de lo mejor posible" (or the English line).
		expect(figure).toMatch(
			/^(Al menos el \d{1,3},\d % de lo mejor posible|At least \d{1,3}\.\d% of the best possible)$/
		);
		expect(page.text).toMatch(
			/Peso agendado dividido entre una cota superior demostrada|proven upper bound/
		);
		expect(page.text).toMatch(/Solicitudes sin agendar y motivo|Unscheduled requests and why/);
		const listed = [...page.text.matchAll(/data-reason="([a-z-]+)"/g)].map((m) => m[1]);
		for (const reason of listed)
			expect(['no-common-slot', 'cap', 'no-table', 'lost']).toContain(reason);
		if (acceptedWithoutMeeting() === 0) expect(listed).toEqual([]);
	});

	it('is for organisers only', async () => {
		const page = await call('/admin/schedule?/preview', { form: {} });
		expect([303, 401, 403]).toContain(page.status);
	});
});
