import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, DESKTOP, gotoHydrated, launchBrowser, PHONE } from '../support/browser';
import { exhibitorWithBooth } from '../support/demo-db';
import { sharedServer } from '../support/shared-server';

const enabled = browserAvailable();

/** The JavaScript a page downloads on a cold load, as text. */
async function scriptsOf(page: Page, url: string): Promise<string[]> {
	const bodies: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') bodies.push(response.text());
	});
	await gotoHydrated(page, url);
	await page.waitForLoadState('networkidle');
	return Promise.all(bodies);
}

describe.skipIf(!enabled)('languages in the browser', () => {
	let browser: Browser;
	const baseUrl = sharedServer().baseUrl;
	const databasePath = sharedServer().databasePath;

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const [label, viewport] of [
		['phone', PHONE],
		['desktop', DESKTOP]
	] as const) {
		it(`the switch goes to the same page at the other URL and back (${label})`, async () => {
			const { slug } = exhibitorWithBooth(databasePath);
			const context = await browser.newContext({ viewport, locale: 'es-PE' });
			const page = await context.newPage();
			await gotoHydrated(page, `${baseUrl}/exhibitors/${slug}`);
			expect(await page.getAttribute('html', 'lang')).toBe('es');

			await page.getByTestId('language-switch').click();
			await page.waitForURL(`${baseUrl}/en/exhibitors/${slug}`);
			await page.waitForSelector('html[lang="en"][data-hydrated="true"]');
			expect(await page.getByTestId('language-switch').textContent()).toContain('ES');

			await page.getByTestId('language-switch').click();
			await page.waitForURL(`${baseUrl}/exhibitors/${slug}`);
			await page.waitForSelector('html[lang="es"]');
			await context.close();
		});
	}

	it('downloads only its own language and no console strings on the home page', async () => {
		// A Spanish-speaking phone: an English Accept-Language would be sent on from / to /en.
		const context = await browser.newContext({ viewport: PHONE, locale: 'es-PE' });
		const spanish = (await scriptsOf(await context.newPage(), `${baseUrl}/`)).join('\n');
		const has = (js: string, text: string) => js.includes(text);
		expect(has(spanish, 'Saltar al contenido')).toBe(true);
		expect(has(spanish, 'Skip to content')).toBe(false);
		expect(has(spanish, 'Consola de organización')).toBe(false);
		expect(has(spanish, 'Programa de reuniones')).toBe(false);

		const englishContext = await browser.newContext({ viewport: PHONE, locale: 'en-GB' });
		const english = (await scriptsOf(await englishContext.newPage(), `${baseUrl}/en`)).join('\n');
		expect(has(english, 'Skip to content')).toBe(true);
		expect(has(english, 'Saltar al contenido')).toBe(false);
		expect(has(english, 'Organiser console')).toBe(false);
		await context.close();
		await englishContext.close();
	});
});
