import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailable, DESKTOP, gotoHydrated, launchBrowser, PHONE } from '../support/browser';
import { queryDemo } from '../support/demo-db';
import { sharedServer } from '../support/shared-server';

const enabled = browserAvailable();

/** The middle of a booth that is fully visible in the plan's viewport, with an exhibitor if asked. */
async function visibleBooth(page: Page, occupied = true) {
	const found = await page.evaluate((occupied) => {
		const viewport = document.querySelector('.viewport')!.getBoundingClientRect();
		const inside = [...document.querySelectorAll<SVGGElement>('[data-booth]')].find((el) => {
			const r = el.getBoundingClientRect();
			const ok =
				r.left >= viewport.left + 4 &&
				r.right <= viewport.right - 4 &&
				r.top >= viewport.top + 4 &&
				r.bottom <= viewport.bottom - 4;
			return ok && el.hasAttribute('data-exhibitor') === occupied;
		});
		if (!inside) return null;
		const r = inside.getBoundingClientRect();
		return { code: inside.dataset.booth!, x: r.left + r.width / 2, y: r.top + r.height / 2 };
	}, occupied);
	if (!found) throw new Error('no booth fully visible in the plan');
	return found;
}

const panelCode = (page: Page) =>
	page.locator('[data-panel-booth]').getAttribute('data-panel-booth', { timeout: 3000 });
const transform = (page: Page) =>
	page.locator('.stage').evaluate((el) => (el as HTMLElement).style.transform);
const settle = (page: Page) => page.waitForTimeout(350);

describe.skipIf(!enabled)('a visitor uses the public floor plan', () => {
	let browser: Browser;
	const baseUrl = sharedServer().baseUrl;
	const contexts: BrowserContext[] = [];

	async function open(options: Parameters<Browser['newContext']>[0], path = '/floor?hall=P1') {
		const context = await browser.newContext({ locale: 'es-PE', ...options });
		contexts.push(context);
		const page = await context.newPage();
		await gotoHydrated(page, `${baseUrl}${path}`);
		await page.locator('.stage[style*="transform"]').waitFor();
		await settle(page);
		return page;
	}

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		for (const context of contexts) await context.close();
		await browser?.close();
	});

	it('opens a booth on a mouse click and puts ?booth= in the URL', async () => {
		const page = await open({ viewport: DESKTOP });
		const booth = await visibleBooth(page);
		await page.mouse.click(booth.x, booth.y);
		expect(await panelCode(page)).toBe(booth.code);
		expect(new URL(page.url()).searchParams.get('booth')).toBe(booth.code);
		await expect
			.poll(() => page.locator(`[data-panel-booth="${booth.code}"] h2`).textContent())
			.toBeTruthy();
	});

	it('pans on a mouse drag that starts on a booth, without opening it', async () => {
		const page = await open({ viewport: DESKTOP });
		await page.getByRole('button', { name: 'Acercar' }).click();
		await settle(page);
		const booth = await visibleBooth(page);
		const before = await transform(page);
		await page.mouse.move(booth.x, booth.y);
		await page.mouse.down();
		await page.mouse.move(booth.x + 60, booth.y + 40, { steps: 8 });
		await page.mouse.move(booth.x + 120, booth.y + 60, { steps: 8 });
		await page.mouse.up();
		await settle(page);
		expect(await transform(page)).not.toBe(before);
		expect(await page.locator('[data-panel-booth]').count()).toBe(0);
		expect(new URL(page.url()).searchParams.get('booth')).toBeNull();
	});

	it('opens a booth on a touch tap, and a pinch zooms without opening one', async () => {
		const page = await open({ viewport: PHONE, hasTouch: true, isMobile: true });
		const booth = await visibleBooth(page);
		await page.touchscreen.tap(booth.x, booth.y);
		expect(await panelCode(page)).toBe(booth.code);
		expect(new URL(page.url()).searchParams.get('booth')).toBe(booth.code);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('[data-panel-booth]').count()).toBe(0);

		const scale = () =>
			page.locator('.stage').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
		const before = await scale();
		const cdp = await page.context().newCDPSession(page);
		const { x, y } = await visibleBooth(page);
		const touch = (dx: number) => [
			{ x: x - dx, y, id: 1 },
			{ x: x + dx, y, id: 2 }
		];
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touch(20) });
		for (let d = 30; d <= 120; d += 15) {
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: touch(d) });
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await settle(page);
		expect(await scale()).toBeGreaterThan(before * 1.2);
		expect(await page.locator('[data-panel-booth]').count()).toBe(0);
	});

	it('opens a booth on a pen tap', async () => {
		const page = await open({ viewport: DESKTOP });
		const booth = await visibleBooth(page);
		const cdp = await page.context().newCDPSession(page);
		const pen = { x: booth.x, y: booth.y, pointerType: 'pen' as const, button: 'left' as const };
		// CDP's mouse events with pointerType 'pen' reach the page as pen pointer events.
		await page.evaluate(() => {
			const seen: string[] = [];
			Object.assign(window, { pointerTypes: seen });
			document.addEventListener('pointerdown', (e) => seen.push(e.pointerType), { capture: true });
		});
		await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...pen });
		await cdp.send('Input.dispatchMouseEvent', {
			type: 'mousePressed',
			clickCount: 1,
			buttons: 1,
			...pen
		});
		await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', clickCount: 1, ...pen });
		expect(
			await page.evaluate(() => (window as unknown as { pointerTypes: string[] }).pointerTypes)
		).toEqual(['pen']);
		expect(await panelCode(page)).toBe(booth.code);
		expect(new URL(page.url()).searchParams.get('booth')).toBe(booth.code);
	});

	it('is one tab stop walked with the arrow keys; Enter opens, Escape closes and returns focus', async () => {
		const page = await open({ viewport: DESKTOP });
		const focused = () =>
			page.evaluate(() => document.activeElement?.getAttribute('data-booth') ?? null);
		const activeName = () =>
			page.evaluate(
				() =>
					document.activeElement?.getAttribute('aria-label') ??
					document.activeElement?.textContent?.trim() ??
					''
			);
		await page.locator('#floor-search').focus();
		let presses = 0;
		while ((await focused()) === null && presses < 5) {
			await page.keyboard.press('Tab');
			presses++;
		}
		const first = await focused();
		expect(first).toBe('P1-001');
		expect(presses).toBeLessThanOrEqual(2);
		expect(await activeName()).toMatch(/^Stand P1-001: /);

		await page.keyboard.press('ArrowRight');
		const right = await focused();
		expect(right).not.toBe(first);
		expect(await page.locator('[data-booth][tabindex="0"]').count()).toBe(1);
		await page.keyboard.press('ArrowDown');
		const below = await focused();
		expect(below).not.toBe(right);
		const box = (code: string) => page.locator(`[data-booth="${code}"]`).boundingBox();
		expect((await box(below!))!.y).toBeGreaterThan((await box(right!))!.y);

		await page.keyboard.press('Enter');
		expect(await panelCode(page)).toBe(below);
		expect(new URL(page.url()).searchParams.get('booth')).toBe(below);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('[data-panel-booth]').count()).toBe(0);
		expect(await focused()).toBe(below);

		// From the plan, the zoom buttons are the next stops and the exhibitor list a few more.
		await page.keyboard.press('Tab');
		expect(await activeName()).toBe('Acercar');
		let toList = 1;
		while (
			!(await page.evaluate(() => !!document.activeElement?.closest('#hall-exhibitors-list'))) &&
			toList < 10
		) {
			await page.keyboard.press('Tab');
			toList++;
		}
		expect(toList).toBeLessThanOrEqual(6);
	});

	it('tells screen readers each booth’s code, exhibitor and state', async () => {
		const page = await open({ viewport: DESKTOP });
		const [row] = queryDemo<{ code: string; name: string }>(
			sharedServer().databasePath,
			`select b.code, o.name from booth b join hall h on h.id = b.hall_id
			 join exhibitor e on e.booth_id = b.id and e.status = 'approved'
			 join organisation o on o.id = e.organisation_id where h.code = 'P1' order by b.code limit 1`
		);
		expect(await page.locator(`[data-booth="${row.code}"]`).getAttribute('aria-label')).toBe(
			`Stand ${row.code}: ${row.name}`
		);
		const free = page.locator('[data-booth]:not([data-exhibitor])').first();
		expect(await free.getAttribute('aria-label')).toMatch(
			/^Stand P1-\d{3}: (libre|reservado|no disponible)$/
		);
		expect(await page.locator('svg[data-hall="P1"]').getAttribute('aria-describedby')).toBeTruthy();
	});

	it('searches every pavilion and switches to the one with the booth', async () => {
		const page = await open({ viewport: DESKTOP });
		const [{ code }] = queryDemo<{ code: string }>(
			sharedServer().databasePath,
			`select b.code from booth b join hall h on h.id = b.hall_id where h.code = 'P4' order by b.code limit 1 offset 9`
		);
		await page.locator('#floor-search').fill(code);
		await page.keyboard.press('Enter');
		await page.waitForURL(/hall=P4|q=/);
		await page.locator('svg[data-hall="P4"]').waitFor();
		expect(await panelCode(page)).toBe(code);
		expect(await page.locator(`[data-booth="${code}"]`).getAttribute('data-highlighted')).toBe(
			'true'
		);
	});

	it('starts a phone at a zoom where booth codes are legible', async () => {
		const page = await open({ viewport: PHONE, hasTouch: true, isMobile: true });
		const sizes = await page.evaluate(() => {
			const viewport = document.querySelector('.viewport')!.getBoundingClientRect();
			return [...document.querySelectorAll('[data-booth] text')]
				.map((t) => t.getBoundingClientRect())
				.filter(
					(r) => r.top >= viewport.top && r.bottom <= viewport.bottom && r.right <= viewport.right
				)
				.map((r) => r.height);
		});
		expect(sizes.length).toBeGreaterThan(3);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
	});
});
