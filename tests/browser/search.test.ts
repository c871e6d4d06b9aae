import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailable, gotoHydrated, launchBrowser, PHONE } from '../support/browser';
import { sharedServer } from '../support/shared-server';

const enabled = browserAvailable();

/** Lower case without accents, to compare what the page shows with what was typed. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const box = (page: Page) => page.locator('#catalogue-q');
const marks = (page: Page) => page.locator('ol.hits mark').allTextContents();
const titles = (page: Page) => page.locator('ol.hits h2').allTextContents();
const query = (page: Page) => new URL(page.url()).searchParams;

/** Clears the box and types like a person; the URL catches up after the pause. */
async function typeQuery(page: Page, text: string): Promise<void> {
	await box(page).fill('');
	await box(page).pressSequentially(text, { delay: 20 });
	await page.waitForURL((url) => url.searchParams.get('q') === text);
}

/** Waits until some highlighted word in the results folds to one of `words`. */
async function expectHighlighted(page: Page, ...words: string[]): Promise<void> {
	await expect
		.poll(async () => (await marks(page)).map(fold).filter((m) => words.includes(m)).length, {
			timeout: 10_000
		})
		.toBeGreaterThan(0);
}

describe.skipIf(!enabled)('a visitor searches the catalogue on a phone, typos and all', () => {
	let browser: Browser;
	const baseUrl = sharedServer().baseUrl;

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function phone(locale: 'es' | 'en'): Promise<{ context: BrowserContext; page: Page }> {
		const context = await browser.newContext({
			viewport: PHONE,
			locale: locale === 'es' ? 'es-PE' : 'en-GB',
			hasTouch: true,
			isMobile: true
		});
		const page = await context.newPage();
		await gotoHydrated(page, `${baseUrl}${locale === 'en' ? '/en' : ''}/exhibitors`);
		expect(await page.getAttribute('html', 'lang')).toBe(locale);
		return { context, page };
	}

	it('in Spanish: misspelled words find highlighted results, a facet narrows, back restores', async () => {
		const { context, page } = await phone('es');

		await typeQuery(page, 'hidrojeno verde');
		await expectHighlighted(page, 'hidrogeno');
		await expectHighlighted(page, 'verde');
		expect((await titles(page)).map(fold).some((t) => t.includes('hidrogeno verde'))).toBe(true);
		const unfiltered = await page.locator('#results-count').textContent();

		// Filters sit in a closed disclosure on a phone.
		await page.locator('details.filters > summary').click();
		const peru = page.locator('input[type="checkbox"][name="country"][value="PE"]');
		await peru.check();
		await page.waitForURL((url) => url.searchParams.getAll('country').includes('PE'));
		expect(query(page).get('q')).toBe('hidrojeno verde');
		await expect.poll(() => page.locator('#results-count').textContent()).not.toBe(unfiltered);
		const metas = await page.locator('ol.hits .meta').allTextContents();
		expect(metas.length).toBeGreaterThan(0);
		for (const meta of metas) expect(meta).toContain('Perú');
		await expectHighlighted(page, 'hidrogeno');

		// Back undoes the filter, keeps the words; forward puts the filter back.
		await page.goBack();
		await page.waitForURL((url) => !url.searchParams.has('country'));
		expect(query(page).get('q')).toBe('hidrojeno verde');
		await expect.poll(() => peru.isChecked()).toBe(false);
		expect(await box(page).inputValue()).toBe('hidrojeno verde');
		await expect.poll(() => page.locator('#results-count').textContent()).toBe(unfiltered);

		await page.goForward();
		await page.waitForURL((url) => url.searchParams.getAll('country').includes('PE'));
		await expect.poll(() => peru.isChecked()).toBe(true);
		await peru.uncheck();
		await page.waitForURL((url) => !url.searchParams.has('country'));

		// A missing accent still finds the titles that carry it.
		await typeQuery(page, 'autonomos');
		await expect
			.poll(async () => (await titles(page)).map(fold).some((t) => t.includes('autonomos')))
			.toBe(true);

		// z written as s.
		await typeQuery(page, 'trasabilidad');
		await expectHighlighted(page, 'trazabilidad');

		// Too many typos: nothing found, but the page offers the right word.
		await typeQuery(page, 'trasabilidaaad');
		const suggestion = page.getByTestId('suggestion');
		await suggestion.waitFor();
		expect(await page.locator('ol.hits').count()).toBe(0);
		expect(await suggestion.textContent()).toBe('trazabilidad');
		expect(await page.locator('.empty').textContent()).toContain('¿Quiso decir');
		await suggestion.click();
		await page.waitForURL((url) => url.searchParams.get('q') === 'trazabilidad');
		await expectHighlighted(page, 'trazabilidad');
		await expect.poll(() => box(page).inputValue()).toBe('trazabilidad');

		// The address alone reproduces the search (shared link, reload).
		await gotoHydrated(page, page.url());
		expect(await box(page).inputValue()).toBe('trazabilidad');
		await expectHighlighted(page, 'trazabilidad');
		await context.close();
	});

	it('in English: typos in English words, a kind facet, back restores', async () => {
		const { context, page } = await phone('en');

		await typeQuery(page, 'hydrojen trucks');
		await expectHighlighted(page, 'hydrogen');
		await expectHighlighted(page, 'trucks');
		const unfiltered = await page.locator('#results-count').textContent();

		await page.locator('details.filters > summary').click();
		const startup = page.locator('input[type="checkbox"][name="kind"][value="startup"]');
		await startup.check();
		await page.waitForURL((url) => url.searchParams.getAll('kind').includes('startup'));
		await expect.poll(() => page.locator('#results-count').textContent()).not.toBe(unfiltered);
		const metas = await page.locator('ol.hits .meta').allTextContents();
		expect(metas.length).toBeGreaterThan(0);
		for (const meta of metas) expect(meta).toContain('Startup');
		await expectHighlighted(page, 'hydrogen');

		await page.goBack();
		await page.waitForURL((url) => !url.searchParams.has('kind'));
		await expect.poll(() => startup.isChecked()).toBe(false);
		expect(await box(page).inputValue()).toBe('hydrojen trucks');
		await expect.poll(() => page.locator('#results-count').textContent()).toBe(unfiltered);

		// A dropped letter.
		await typeQuery(page, 'traceabilty');
		await expectHighlighted(page, 'traceability');

		await typeQuery(page, 'hydrogeeenn');
		const suggestion = page.getByTestId('suggestion');
		await suggestion.waitFor();
		expect(await page.locator('.empty').textContent()).toContain('Did you mean');
		expect(await suggestion.textContent()).toBe('hydrogen');
		await suggestion.click();
		await page.waitForURL((url) => url.searchParams.get('q') === 'hydrogen');
		await expectHighlighted(page, 'hydrogen');
		await context.close();
	});
});
