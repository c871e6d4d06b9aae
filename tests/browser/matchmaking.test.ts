import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailable, DESKTOP, gotoHydrated, launchBrowser, PHONE } from '../support/browser';
import { queryDemo } from '../support/demo-db';
import { sharedServer } from '../support/shared-server';

const enabled = browserAvailable();
const DEMO_PASSWORD = 'extemin-demo-2027';

interface Person {
	id: number;
	email: string;
	name: string;
}

async function signInAs(page: Page, baseUrl: string, email: string, to: string): Promise<void> {
	const login = to.startsWith('/en/') ? '/en/login' : '/login';
	await gotoHydrated(page, `${baseUrl}${login}?redirectTo=${encodeURIComponent(to)}`);
	await page.locator('#field-email').fill(email);
	await page.locator('#field-password').fill(DEMO_PASSWORD);
	await page.locator('main form button[type="submit"]').click();
	await page.waitForURL((url) => url.pathname === to);
	await page.waitForSelector('html[data-hydrated="true"]');
}

/** Clicks the agenda's download link and parses the .ics file it saves. */
async function downloadAgenda(page: Page) {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('a[href$="/agenda/ical"]').click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.ics$/);
	const text = await readFile((await download.path())!, 'utf8');
	return new ICAL.Component(ICAL.parse(text))
		.getAllSubcomponents('vevent')
		.map((e) => new ICAL.Event(e));
}

describe.skipIf(!enabled)('two participants meet through matchmaking, in the browser', () => {
	let browser: Browser;
	const baseUrl = sharedServer().baseUrl;
	const databasePath = sharedServer().databasePath;

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	const FREE = `u.disabled_at is null and u.email_verified_at is not null
		and not exists (select 1 from meeting_request r where r.from_user_id = u.id or r.to_user_id = u.id)
		and not exists (select 1 from meeting_attendee m where m.user_id = u.id)`;

	/** Opted-in people free all event long with no requests at all: the test owns their agendas. */
	function untouched(): Person[] {
		return queryDemo<Person>(
			databasePath,
			`select u.id, u.email, u.name from user u join match_profile p on p.user_id = u.id
			 where ${FREE} and (select count(*) from match_availability a where a.user_id = u.id)
			       in (0, (select count(*) from meeting_slot))
			 order by u.id limit 4`
		);
	}

	/** Of `ids` (in the order shown), the people with no requests or meetings yet. */
	function untouchedAmong(ids: number[]): Person[] {
		if (ids.length === 0) return [];
		const rows = queryDemo<Person>(
			databasePath,
			`select u.id, u.email, u.name from user u join match_profile p on p.user_id = u.id
			 where ${FREE} and u.id in (${ids.map(() => '?').join(',')})`,
			...ids
		);
		return ids.flatMap((id) => rows.filter((r) => r.id === id));
	}

	it('A finds B among the recommendations and asks; B accepts; same meeting, table and iCal', async () => {
		const free = untouched();
		expect(free.length).toBeGreaterThan(0);

		// A signs in on a phone, in Spanish, and takes the first recommended person who is free.
		let a: Person | undefined;
		let b: Person | undefined;
		let contextA: BrowserContext | undefined;
		let pageA: Page | undefined;
		for (const candidate of free) {
			const context = await browser.newContext({ viewport: PHONE, locale: 'es-PE' });
			const page = await context.newPage();
			await signInAs(page, baseUrl, candidate.email, '/matchmaking');
			await page.getByTestId('recommendations').waitFor();
			const hrefs = await page
				.locator('[data-testid="recommendation"] h3 a')
				.evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
			const ids = hrefs.map((h) => Number(/\/matchmaking\/people\/(\d+)$/.exec(h)?.[1]));
			const [partner] = untouchedAmong(ids.filter((id) => id && id !== candidate.id));
			if (partner) {
				[a, b, contextA, pageA] = [candidate, partner, context, page];
				break;
			}
			await context.close();
		}
		if (!a || !b || !contextA || !pageA) throw new Error('no free pair found in recommendations');

		const card = pageA.locator('[data-testid="recommendation"]', {
			has: pageA.locator(`h3 a[href="/matchmaking/people/${b.id}"]`)
		});
		expect(await card.locator('h3').textContent()).toContain(b.name);
		await card.locator(`a.btn[href="/matchmaking/people/${b.id}"]`).click();
		await pageA.waitForURL(`**/matchmaking/people/${b.id}`);
		await pageA.waitForSelector('html[data-hydrated="true"]');
		expect(await pageA.locator('h1').textContent()).toContain(b.name);
		const message = `Hola, conversemos sobre relaves (${Date.now().toString(36)})`;
		await pageA.locator('#message').fill(message);
		await pageA.getByTestId('send-request').click();
		await pageA.waitForURL('**/matchmaking/requests?sent=1');
		const sent = pageA.locator('section[aria-labelledby="outgoing"] [data-testid="request"]', {
			hasText: b.name
		});
		expect(await sent.getAttribute('data-status')).toBe('pending');

		// B signs in on a desktop, in English, sees the request with its message and accepts.
		const contextB = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' });
		const pageB = await contextB.newPage();
		await signInAs(pageB, baseUrl, b.email, '/en/matchmaking');
		await pageB.locator('a[href="/en/matchmaking/requests"]').first().click();
		await pageB.waitForURL('**/en/matchmaking/requests');
		const incoming = pageB.locator('section[aria-labelledby="incoming"] [data-testid="request"]', {
			hasText: a.name
		});
		expect(await incoming.locator('blockquote').textContent()).toBe(message);
		await incoming.getByTestId('accept').click();
		await expect.poll(() => incoming.getAttribute('data-status')).toBe('accepted');
		const booked = (await incoming.locator('.meeting').textContent()) ?? '';
		const tableB = /Table (\d+)/.exec(booked)?.[1];
		expect(tableB).toBeDefined();

		// Both agendas show the meeting, with each other, at that table.
		await gotoHydrated(pageA, `${baseUrl}/agenda`);
		await gotoHydrated(pageB, `${baseUrl}/en/agenda`);
		const meetingA = pageA.locator('[data-testid="meeting"]', {
			has: pageA.locator(`a[href="/matchmaking/people/${b.id}"]`)
		});
		const meetingB = pageB.locator('[data-testid="meeting"]', {
			has: pageB.locator(`a[href="/en/matchmaking/people/${a.id}"]`)
		});
		expect(await meetingA.getAttribute('data-table')).toBe(tableB);
		expect(await meetingB.getAttribute('data-table')).toBe(tableB);
		const where = async (meeting: typeof meetingA) =>
			(await meeting.locator('.table').innerText()).replace(/\s+/g, ' ');
		expect(await where(meetingA)).toMatch(new RegExp(`^Mesa ${tableB}\\b`));
		expect(await where(meetingB)).toMatch(new RegExp(`^Table ${tableB}\\b`));

		// Both download their calendars: one shared event, same start, same table.
		const [eventsA, eventsB] = await Promise.all([downloadAgenda(pageA), downloadAgenda(pageB)]);
		const shared = eventsA.filter((e) => eventsB.some((f) => f.uid === e.uid));
		expect(shared).toHaveLength(1);
		const evA = shared[0];
		const evB = eventsB.find((e) => e.uid === evA.uid)!;
		expect(evA.startDate.toJSDate().getTime()).toBe(evB.startDate.toJSDate().getTime());
		expect(evA.endDate.toJSDate().getTime()).toBe(evB.endDate.toJSDate().getTime());
		expect(evA.location).toMatch(new RegExp(`Mesa ${tableB}\\b`));
		expect(evB.location).toMatch(new RegExp(`Table ${tableB}\\b`));
		expect(evA.summary).toContain(b.name);
		expect(evB.summary).toContain(a.name);

		await contextA.close();
		await contextB.close();
	});

	/** A sends B a request and B accepts, over HTTP (the clicks under test come after). */
	async function meetOverHttp(a: Person, b: Person): Promise<void> {
		const post = async (path: string, cookie: string, form: Record<string, string>) =>
			fetch(`${baseUrl}${path}`, {
				method: 'POST',
				headers: {
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					origin: baseUrl,
					cookie
				},
				body: new URLSearchParams(form).toString(),
				redirect: 'manual'
			});
		const signIn = async (email: string) => {
			const res = await post('/login?/login', '', {
				email,
				password: DEMO_PASSWORD,
				redirectTo: '/me'
			});
			return /(?:^|, )(session=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1];
		};
		const [ca, cb] = [await signIn(a.email), await signIn(b.email)];
		expect((await post(`/matchmaking/people/${b.id}?/request`, ca, { message: '' })).status).toBe(
			303
		);
		const [request] = queryDemo<{ id: number }>(
			databasePath,
			'select id from meeting_request where from_user_id = ? and to_user_id = ? order by id desc',
			a.id,
			b.id
		);
		expect(
			(await post('/matchmaking/requests?/accept', cb, { requestId: String(request.id) })).status
		).toBe(303);
	}

	it('cancelling asks first, takes a reason, tells the partner (bell count), and the pair can book again', async () => {
		const [a, b] = untouched().slice(-2);
		await meetOverHttp(a, b);

		const contextA = await browser.newContext({ viewport: PHONE, locale: 'es-PE' });
		const pageA = await contextA.newPage();
		await signInAs(pageA, baseUrl, a.email, '/agenda');
		const meeting = pageA.locator('[data-testid="meeting"]', {
			has: pageA.locator(`a[href="/matchmaking/people/${b.id}"]`)
		});
		// The first click only opens the confirmation; nothing is cancelled yet.
		await meeting.getByTestId('cancel-meeting').click();
		const confirm = meeting.getByTestId('confirm-cancel');
		await confirm.waitFor();
		expect(await meeting.count()).toBe(1);
		await meeting.locator('textarea[name="reason"]').fill('Tengo una visita a planta');
		await confirm.click();
		await pageA.locator('.alert-success').waitFor();
		expect(await meeting.count()).toBe(0);

		const contextB = await browser.newContext({ viewport: DESKTOP, locale: 'es-PE' });
		const pageB = await contextB.newPage();
		await signInAs(pageB, baseUrl, b.email, '/matchmaking');
		const bell = pageB.getByTestId('notices');
		expect(Number(await bell.locator('.count').textContent())).toBeGreaterThan(0);
		await bell.click();
		await pageB.waitForURL('**/notifications');
		const notice = pageB.locator('[data-kind="meeting-cancelled"]').first();
		expect(await notice.textContent()).toContain(a.name);
		expect(await notice.textContent()).toContain('Tengo una visita a planta');
		await pageB.getByTestId('mark-read').click();
		await expect.poll(() => bell.locator('.count').count()).toBe(0);

		// The request is still accepted: B picks a new slot from the request.
		await gotoHydrated(pageB, `${baseUrl}/matchmaking/requests`);
		const request = pageB.locator('section[aria-labelledby="incoming"] [data-testid="request"]', {
			hasText: a.name
		});
		expect(await request.getAttribute('data-status')).toBe('accepted');
		await request.locator('form[action="?/book"] button').first().click();
		await expect.poll(() => request.locator('.meeting').count()).toBe(1);
		await contextA.close();
		await contextB.close();
	});

	it('the printable agenda is a clean A4 page with event header and column headings, in both languages', async () => {
		const [a, b] = untouched().slice(-2);
		await meetOverHttp(a, b);
		for (const locale of ['es', 'en'] as const) {
			const context = await browser.newContext({ viewport: DESKTOP });
			await context.addCookies([{ name: 'locale', value: locale, url: baseUrl }]);
			const page = await context.newPage();
			const prefix = locale === 'en' ? '/en' : '';
			await signInAs(page, baseUrl, a.email, `${prefix}/agenda`);
			await page.locator(`a[href="${prefix}/agenda/print"]`).click();
			await page.waitForURL('**/agenda/print');
			const headings = await page.locator('thead th').allInnerTexts();
			expect(headings.map((h) => h.trim().toLowerCase())).toEqual(
				locale === 'es' ? ['fecha', 'hora', 'mesa', 'con'] : ['date', 'time', 'table', 'with']
			);
			expect(await page.getByTestId('print-event').textContent()).toContain('EXTEMIN');
			const body = await page.locator('tbody').innerText();
			expect(body).not.toMatch(/\d\(Zona/);
			const day = (await page.locator('tbody td.day').first().innerText()).trim();
			// "Martes, 21 de setiembre", never "Martes, 21 De Setiembre".
			expect(day).toMatch(
				locale === 'es'
					? /^[A-ZÁÉÍÓÚ][a-záéíóú]+, \d{1,2} de [a-z]+$/
					: /^[A-Z][a-z]+,? \d{1,2} [A-Z][a-z]+$/
			);
			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('header.site-header').isVisible()).toBe(false);
			expect(await page.locator('.no-print').first().isVisible()).toBe(false);
			await page.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/agenda-print-${locale}.png` });
			const pdf = await page.pdf({ preferCSSPageSize: true });
			const text = pdf.toString('latin1');
			const boxes = [...text.matchAll(/\/MediaBox\s*\[([^\]]+)\]/g)].map((m) =>
				m[1].trim().split(/\s+/).map(Number)
			);
			// One A4 page (595 x 842 points) for a short agenda.
			expect(boxes).toHaveLength(1);
			for (const [x0, y0, x1, y1] of boxes) {
				expect(Math.abs(x1 - x0 - 595.28)).toBeLessThan(1);
				expect(Math.abs(y1 - y0 - 841.89)).toBeLessThan(1);
			}
			await context.close();
		}
	});
});
