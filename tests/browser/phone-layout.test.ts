import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { browserAvailable, DESKTOP, gotoHydrated, launchBrowser, PHONE } from '../support/browser';
import { signIn } from '../integration/auth-client';
import { sharedServer } from '../support/shared-server';

const enabled = browserAvailable();

describe.skipIf(!enabled)('the phone layout has no rough edges', () => {
	let browser: Browser;
	let organiser: BrowserContext;
	const baseUrl = sharedServer().baseUrl;

	beforeAll(async () => {
		browser = await launchBrowser();
		const [name, ...value] = (await signIn('organizador@extemin.pe')).split('=');
		organiser = await browser.newContext({ viewport: PHONE, locale: 'es-PE' });
		await organiser.addCookies([{ name, value: value.join('='), url: baseUrl }]);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('keeps the last footer line above the fixed bottom navigation', async () => {
		const context = await browser.newContext({ viewport: PHONE, locale: 'es-PE' });
		const page = await context.newPage();
		for (const path of ['/', '/exhibitors', '/login']) {
			await gotoHydrated(page, `${baseUrl}${path}`);
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			await page.waitForTimeout(150);
			const [line, nav] = await page.evaluate(() =>
				['.site-footer .small', '.mobile-nav'].map(
					(s) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect
				)
			);
			expect(line.bottom, path).toBeLessThanOrEqual(nav.top);
		}
		await context.close();
	});

	it('leaves the page margin to the right of «Ingresar»', async () => {
		const context = await browser.newContext({ viewport: PHONE, locale: 'es-PE' });
		const page = await context.newPage();
		await gotoHydrated(page, `${baseUrl}/`);
		const box = (await page.locator('.site-header a[href^="/login"]').boundingBox())!;
		expect(await page.locator('.site-header a[href^="/login"]').textContent()).toContain(
			'Ingresar'
		);
		expect(PHONE.width - (box.x + box.width)).toBeGreaterThanOrEqual(12);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).toBe(true);
		await context.close();
	});

	it('shows every section of the organiser menu on a phone', async () => {
		const page = await organiser.newPage();
		await gotoHydrated(page, `${baseUrl}/admin`);
		const links = page.locator('.console-nav a');
		expect(await links.count()).toBeGreaterThanOrEqual(6);
		for (const label of ['Correo', 'Reuniones']) {
			const box = (await page.locator('.console-nav a', { hasText: label }).boundingBox())!;
			expect(box.x, label).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width, label).toBeLessThanOrEqual(PHONE.width);
		}
		await page.close();
	});

	it('prints dashboard labels whole, «Inteligencia artificial» included', async () => {
		const page = await organiser.newPage();
		await gotoHydrated(page, `${baseUrl}/admin`);
		const labels = await page.locator('.bars .label').evaluateAll((els) =>
			els.map((el) => ({
				text: el.textContent ?? '',
				cut: el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis'
			}))
		);
		expect(labels.map((l) => l.text)).toContain('Inteligencia artificial');
		expect(labels.filter((l) => l.cut)).toEqual([]);
		await page.close();
	});

	it('styles the floor editor’s «Código» input like its neighbours, without overlapping «X (m)»', async () => {
		for (const viewport of [PHONE, DESKTOP]) {
			const page = await organiser.newPage();
			await page.setViewportSize(viewport);
			await gotoHydrated(page, `${baseUrl}/admin/floor?hall=P1&booth=P1-001`);
			const editor = page.locator('[data-editing="P1-001"]');
			await editor.waitFor();
			const code = editor.locator('input[name="code"]');
			const x = editor.locator('input[name="x"]');
			const style = (el: typeof code) =>
				el.evaluate((e) => {
					const s = getComputedStyle(e);
					return { border: s.borderTopColor, radius: s.borderTopLeftRadius, height: s.minHeight };
				});
			expect(await style(code)).toEqual(await style(x));
			const [a, b] = [(await code.boundingBox())!, (await x.boundingBox())!];
			const overlap =
				a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
			expect(overlap).toBe(false);
			await page.close();
		}
	});
});
