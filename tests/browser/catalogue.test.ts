import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, gotoHydrated, launchBrowser, PHONE } from '../support/browser';
import { exhibitorWithBooth } from '../support/demo-db';
import { sharedServer } from '../support/shared-server';

const enabled = browserAvailable();

describe.skipIf(!enabled)('a visitor browses the catalogue', () => {
	let browser: Browser;
	const baseUrl = sharedServer().baseUrl;

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('opens the home page in Spanish and switches to English', async () => {
		const context = await browser.newContext({ viewport: PHONE, locale: 'es-PE' });
		const page = await context.newPage();
		await gotoHydrated(page, `${baseUrl}/`);
		expect(await page.getAttribute('html', 'lang')).toBe('es');
		expect(await page.locator('h1').first().textContent()).toContain('minería');

		await page.getByTestId('language-switch').click();
		await page.waitForURL(`${baseUrl}/en`);
		await page.waitForFunction(() => document.documentElement.lang === 'en');
		expect(await page.locator('h1').first().textContent()).toContain('mining');
		// Links stay in English, and the choice becomes the default of /.
		await page.locator('a[href="/en/exhibitors"]:visible').first().click();
		await page.waitForURL(`${baseUrl}/en/exhibitors`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await gotoHydrated(page, `${baseUrl}/`);
		expect(new URL(page.url()).pathname).toBe('/en');
		await context.close();
	});

	it('opens an exhibitor from the catalogue', async () => {
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		await gotoHydrated(page, `${baseUrl}/exhibitors`);
		const first = page.locator('main a[href^="/exhibitors/"]').first();
		const href = await first.getAttribute('href');
		expect(href).toMatch(/^\/exhibitors\/[a-z0-9-]+$/);
		await first.click();
		await page.waitForURL(`**${href}`);
		expect(await page.locator('h1').textContent()).toBeTruthy();
		await context.close();
	});

	it('follows an exhibitor to its booth on the floor plan', async () => {
		const exhibitor = exhibitorWithBooth(sharedServer().databasePath);
		const context = await browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		await gotoHydrated(page, `${baseUrl}/exhibitors/${exhibitor.slug}`);
		expect((await page.getByTestId('booth-code').textContent())?.trim()).toBe(exhibitor.booth);
		await page.getByTestId('find-on-floor').click();
		await page.waitForURL(`**/floor?booth=${exhibitor.booth}`);
		const booth = page.locator(`[data-booth="${exhibitor.booth}"]`);
		await booth.waitFor();
		expect(await booth.getAttribute('data-exhibitor')).toBe(exhibitor.slug);
		await context.close();
	});
});
