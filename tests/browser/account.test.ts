import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, DESKTOP, gotoHydrated, launchBrowser, PHONE } from '../support/browser';
import { queryDemo } from '../support/demo-db';
import { sharedServer } from '../support/shared-server';

const enabled = browserAvailable();
const DEMO_PASSWORD = 'extemin-demo-2027';

/** Signs in through the login form and waits to land on `redirectTo`. */
async function signInAs(page: Page, baseUrl: string, email: string, password: string, to: string) {
	await gotoHydrated(page, `${baseUrl}/login?redirectTo=${encodeURIComponent(to)}`);
	await page.locator('#field-email').fill(email);
	await page.locator('#field-password').fill(password);
	await page.locator('main form button[type="submit"]').click();
	await page.waitForURL((url) => url.pathname === to);
	await page.waitForSelector('html[data-hydrated="true"]');
}

describe.skipIf(!enabled)('a new exhibitor, in the browser, from sign-up to sign-out', () => {
	let browser: Browser;
	const baseUrl = sharedServer().baseUrl;
	const databasePath = sharedServer().databasePath;
	const stamp = Date.now().toString(36);
	const email = `navegador-${stamp}@example.pe`;
	const password = 'un socavón con vista al Misti';
	const orgName = `Relaves Claros ${stamp}`;
	const word = `socavon${stamp}`;

	/** The newest letter to `to`, as the mail outbox stores it (no SMTP in tests). */
	function lastMailTo(to: string): string {
		const [row] = queryDemo<{ body_text: string }>(
			databasePath,
			'select body_text from mail where to_address = ? order by id desc limit 1',
			to
		);
		return row?.body_text ?? '';
	}

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('signs up, verifies, signs in, registers, is approved, edits, is found, bookmarks, signs out', async () => {
		const context = await browser.newContext({ viewport: PHONE, locale: 'es-PE' });
		const page = await context.newPage();

		// Sign up; a common password is refused first and the form keeps the other fields.
		await gotoHydrated(page, `${baseUrl}/signup`);
		await page.locator('#field-name').fill('Rosa Mamani');
		await page.locator('#field-email').fill(email);
		await page.locator('#field-password').fill('password');
		await page.locator('main form button[type="submit"]').click();
		await page.locator('#field-password-error').waitFor();
		expect(await page.locator('#field-email').inputValue()).toBe(email);
		await page.locator('#field-password').fill(password);
		await page.locator('main form button[type="submit"]').click();
		// The sign-up answers the same whether or not the address had an account
		// (docs/security.md): "check your email", no session yet.
		await page.waitForURL((url) => url.pathname === '/signup' && url.searchParams.has('sent'));
		await page.getByTestId('signup-sent').waitFor();

		// Open the link from the letter, as from a mail app.
		const link = /https?:\/\/\S+\/verify-email\?token=[a-z2-7]+/.exec(lastMailTo(email))?.[0];
		expect(link).toBeTruthy();
		const verifyUrl = new URL(link!);
		await gotoHydrated(page, `${baseUrl}${verifyUrl.pathname}${verifyUrl.search}`);
		await page.locator('main form[action="?/verify"] button').click();
		await page.locator('.alert-success').waitFor();
		expect(await page.locator('.alert-success').textContent()).toContain('quedó confirmado');

		await signInAs(page, baseUrl, email, password, '/me');
		const me = (await page.locator('main').textContent()) ?? '';
		expect(me).toContain('Confirmado');
		expect(me).not.toContain('Sin confirmar');

		// Registers the organisation.
		await page.locator('a[href="/organisation/new"]').first().click();
		await page.waitForURL('**/organisation/new');
		await page.locator('#field-name').fill(orgName);
		await page.locator('#field-kind').selectOption('startup');
		await page.locator('#field-city').fill('Arequipa');
		await page.locator('input[name="sectors"][value="automation"]').check();
		await page.locator('main form button[type="submit"]').click();
		await page.waitForURL('**/organisation?notice=created');
		expect(await page.locator('h1').textContent()).toBe(orgName);

		// Applies to exhibit.
		await page.locator('form[action="?/apply"] button').click();
		await page.waitForURL('**/organisation?notice=applied');
		await expect
			.poll(() => page.getByTestId('exhibitor-status').textContent())
			.toContain('En revisión');

		// The organiser, elsewhere, approves it.
		const organiserContext = await browser.newContext({ viewport: DESKTOP, locale: 'es-PE' });
		const admin = await organiserContext.newPage();
		await signInAs(admin, baseUrl, 'organizador@extemin.pe', DEMO_PASSWORD, '/admin/applications');
		const row = admin.locator('tbody tr', { hasText: orgName });
		await row.locator('input[type="checkbox"][name="ids"]').check();
		await admin.locator('button[name="decision"][value="approved"]').click();
		await admin.locator('.alert-success[role="status"]').waitFor();
		expect(await admin.locator('.alert-success').textContent()).toContain('1 postulaciones');
		await organiserContext.close();

		await gotoHydrated(page, `${baseUrl}/organisation`);
		expect(await page.getByTestId('exhibitor-status').textContent()).toContain('Aprobada');
		expect(lastMailTo(email)).toContain('aprobada');

		// Edits the profile with a word nobody else uses.
		await page.locator('a[href="/organisation/edit"]').click();
		await page.waitForURL('**/organisation/edit');
		await page.waitForSelector('html[data-hydrated="true"]');
		await page
			.locator('#field-description_es')
			.fill(`Espesamos relaves y medimos cada ${word} con sensores.`);
		await page.locator('form[action="?/save"] button[type="submit"]').click();
		await page.waitForURL('**/organisation?notice=saved');

		// Finds itself in the catalogue (the index catches up through the outbox).
		await gotoHydrated(page, `${baseUrl}/exhibitors`);
		await page.locator('#catalogue-q').pressSequentially(word, { delay: 10 });
		await page.waitForURL((url) => url.searchParams.get('q') === word);
		const hit = page.locator('ol.hits h2 a', { hasText: orgName });
		for (let tries = 0; (await hit.count()) === 0 && tries < 40; tries++) {
			await page.waitForTimeout(250);
			if (tries % 4 === 3) await gotoHydrated(page, page.url());
		}
		expect(await hit.count()).toBe(1);
		expect(await page.locator('ol.hits mark').first().textContent()).toBe(word);

		// Bookmarks another exhibitor and finds it on "Mi EXTEMIN".
		const [other] = queryDemo<{ slug: string; name: string }>(
			databasePath,
			`select o.slug, o.name from organisation o join exhibitor e on e.organisation_id = o.id
			 where e.status = 'approved' and o.name <> ? order by o.id limit 1`,
			orgName
		);
		await gotoHydrated(page, `${baseUrl}/exhibitors/${other.slug}`);
		const star = page.getByTestId('bookmark-button');
		expect(await star.getAttribute('aria-pressed')).toBe('false');
		await star.click();
		await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
		await expect.poll(() => star.isEnabled()).toBe(true);
		await gotoHydrated(page, `${baseUrl}/me`);
		const saved = page.locator(`main a[href="/exhibitors/${other.slug}"]`);
		await saved.first().waitFor();
		expect(await saved.first().textContent()).toContain(other.name);
		// The bookmark survives a reload of the exhibitor page too.
		await gotoHydrated(page, `${baseUrl}/exhibitors/${other.slug}`);
		expect(await page.getByTestId('bookmark-button').getAttribute('aria-pressed')).toBe('true');

		// Signs out; "Mi EXTEMIN" now asks to sign in.
		await gotoHydrated(page, `${baseUrl}/me`);
		await page.getByTestId('sign-out').click();
		await page.waitForURL((url) => url.pathname === '/');
		await gotoHydrated(page, `${baseUrl}/me`);
		expect(new URL(page.url()).pathname).toBe('/login');
		await context.close();
	});
});
