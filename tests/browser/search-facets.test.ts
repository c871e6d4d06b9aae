import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, gotoHydrated, launchBrowser, PHONE } from '../support/browser';
import { sharedServer } from '../support/shared-server';

const enabled = browserAvailable();

/** Issue 11: OR within a facet. Ticking Peru leaves Chile to tick, and both together show both. */
describe.skipIf(!enabled)('a visitor ticks two countries in the catalogue', () => {
	let browser: Browser;
	const baseUrl = sharedServer().baseUrl;

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('keeps the other countries visible, with their counts, once one is ticked', async () => {
		const context = await browser.newContext({
			viewport: PHONE,
			locale: 'es-PE',
			hasTouch: true,
			isMobile: true
		});
		await context.addCookies([{ name: 'locale', value: 'es', url: baseUrl }]);
		const page = await context.newPage();
		await gotoHydrated(page, `${baseUrl}/exhibitors`);
		// Filters sit in a closed disclosure on a phone.
		await page.locator('details.filters > summary').click();
		const peru = page.locator('input[type="checkbox"][name="country"][value="PE"]');
		const chile = page.locator('input[type="checkbox"][name="country"][value="CL"]');
		await peru.check();
		await page.waitForURL((url) => url.searchParams.getAll('country').includes('PE'));
		const peruOnly = await page.locator('#results-count').textContent();
		await expect.poll(() => chile.count()).toBe(1);
		await chile.check();
		await page.waitForURL((url) => url.searchParams.getAll('country').length === 2);
		await expect.poll(() => page.locator('#results-count').textContent()).not.toBe(peruOnly);
		const metas = await page.locator('ol.hits .meta').allTextContents();
		expect(metas.some((m) => m.includes('Perú')) || metas.some((m) => m.includes('Chile'))).toBe(
			true
		);
		expect(await peru.isChecked()).toBe(true);
		expect(await chile.isChecked()).toBe(true);
		await context.close();
	});
});
