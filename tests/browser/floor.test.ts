import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, DESKTOP, gotoHydrated, launchBrowser, PHONE } from '../support/browser';
import { queryDemo } from '../support/demo-db';
import { signIn } from '../integration/auth-client';
import { sharedServer } from '../support/shared-server';

const enabled = browserAvailable();

describe.skipIf(!enabled)(
	'an organiser lays out a pavilion and a visitor finds the exhibitor',
	() => {
		let browser: Browser;
		const baseUrl = sharedServer().baseUrl;
		const hall = `B${Date.now() % 100000}`;

		beforeAll(async () => {
			browser = await launchBrowser();
		});
		afterAll(async () => {
			await browser?.close();
		});

		it('generates a grid, is refused an overlapping move, assigns an exhibitor; the public plan shows it', async () => {
			const cookie = (await signIn('organizador@extemin.pe')).split('=');
			const context = await browser.newContext({ viewport: DESKTOP, locale: 'es-PE' });
			await context.addCookies([
				{ name: cookie[0], value: cookie.slice(1).join('='), url: baseUrl }
			]);
			const page = await context.newPage();
			await gotoHydrated(page, `${baseUrl}/admin/floor`);

			const create = page.locator('form[data-form="create-hall"]');
			await page.locator('details:has(form[data-form="create-hall"]) summary').click();
			await create.locator('input[name="code"]').fill(hall);
			await create.locator('input[name="name_es"]').fill('Pabellón de prueba');
			await create.locator('input[name="width"]').fill('40');
			await create.locator('input[name="depth"]').fill('20');
			await create.locator('button[type="submit"]').click();
			await page.waitForURL(`**/admin/floor?hall=${hall}*`);

			await page.locator('details:has(form[data-form="grid"]) summary').click();
			await page.locator('form[data-form="grid"] button[type="submit"]').click();
			const first = page.locator(`svg [data-booth="${hall}-001"]`);
			await first.waitFor();

			// Keyboard alternative to a drag: the neighbour is 3 m away, so half a metre overlaps.
			await first.click();
			await page.locator(`[data-editing="${hall}-001"]`).waitFor();
			await first.focus();
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('Enter');
			await expect
				.poll(() => page.locator('[role="alert"]').first().textContent())
				.toContain(`${hall}-001 se superpone`);

			const [target] = queryDemo<{ id: number; slug: string }>(
				sharedServer().databasePath,
				`select e.id, o.slug from exhibitor e join organisation o on o.id = e.organisation_id
			 where e.status = 'approved' order by e.id desc limit 1 offset 1`
			);
			await page
				.locator('form[action="?/assign"] select[name="exhibitor"]')
				.first()
				.selectOption(String(target.id));
			await page.locator('form[action="?/assign"] button[type="submit"]').first().click();
			await expect.poll(() => first.getAttribute('data-exhibitor')).toBe(target.slug);
			await context.close();

			const visitor = await browser.newContext({ viewport: PHONE, locale: 'es-PE' });
			const phone = await visitor.newPage();
			await gotoHydrated(phone, `${baseUrl}/exhibitors/${target.slug}`);
			await phone.getByTestId('find-on-floor').click();
			await phone.waitForURL(`**/floor?booth=${hall}-001`);
			const booth = phone.locator(`[data-booth="${hall}-001"]`);
			await booth.waitFor();
			expect(await booth.getAttribute('data-exhibitor')).toBe(target.slug);
			expect(await booth.getAttribute('data-highlighted')).toBe('true');
			expect(await phone.locator(`[data-panel-booth="${hall}-001"] a`).getAttribute('href')).toBe(
				`/exhibitors/${target.slug}`
			);
			await visitor.close();
		});
	}
);
