import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, gotoHydrated, launchBrowser, PHONE } from '../support/browser';
import { queryDemo } from '../support/demo-db';
import { signIn } from '../integration/auth-client';
import { sharedServer } from '../support/shared-server';

const enabled = browserAvailable();

describe.skipIf(!enabled)('a visitor bookmarks straight from the search results', () => {
	let browser: Browser;
	const baseUrl = sharedServer().baseUrl;
	const databasePath = sharedServer().databasePath;

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('saves a result with one tap on its card, and the card shows it saved after a reload', async () => {
		const [user] = queryDemo<{ id: number; email: string }>(
			databasePath,
			`select id, email from user where role = 'attendee' and email not like '%@example.pe'
		 order by id desc limit 1 offset 5`
		);
		const [name, ...value] = (await signIn(user.email)).split('=');
		const context = await browser.newContext({ viewport: PHONE, locale: 'es-PE', hasTouch: true });
		await context.addCookies([{ name, value: value.join('='), url: baseUrl }]);
		const page = await context.newPage();
		await gotoHydrated(page, `${baseUrl}/exhibitors?q=hidrogeno`);

		const card = page.locator('ol.hits > li').first();
		const title = await card.locator('h2').textContent();
		const button = card.getByTestId('bookmark-button');
		expect(await button.getAttribute('aria-pressed')).toBe('false');
		await button.tap();
		await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
		await expect
			.poll(
				() =>
					queryDemo<{ n: number }>(
						databasePath,
						'select count(*) as n from bookmark where user_id = ?',
						user.id
					)[0].n
			)
			.toBe(1);

		await page.reload();
		await page.waitForSelector('html[data-hydrated="true"]');
		const again = page.locator('ol.hits > li', { hasText: title!.trim() }).first();
		expect(await again.getByTestId('bookmark-button').getAttribute('aria-pressed')).toBe('true');
		await context.close();
	});
});
