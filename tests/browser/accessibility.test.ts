import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, DESKTOP, launchBrowser, PHONE } from '../support/browser';
import { exhibitorWithBooth, queryDemo } from '../support/demo-db';
import { sharedServer } from '../support/shared-server';

const enabled = browserAvailable();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** The main public pages a visitor lands on. */
function publicPages(databasePath: string): string[] {
	const exhibitor = exhibitorWithBooth(databasePath);
	const [innovation] = queryDemo<{ slug: string }>(
		databasePath,
		`select i.slug from innovation i join exhibitor e on e.organisation_id = i.organisation_id
		 where e.status = 'approved' order by i.id limit 1`
	);
	return [
		'/',
		'/exhibitors',
		`/exhibitors/${exhibitor.slug}`,
		`/innovations/${innovation.slug}`,
		`/floor?booth=${exhibitor.booth}`,
		'/exhibitors?q=hidrogeno&country=PE',
		'/login',
		'/signup'
	];
}

describe.skipIf(!enabled)('accessibility of the public pages (axe-core, WCAG 2.1 AA)', () => {
	let browser: Browser;
	const baseUrl = sharedServer().baseUrl;

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const [width, viewport] of [
		['390 px', PHONE],
		['1440 px', DESKTOP]
	] as const) {
		it(`has no serious or critical violations at ${width}`, async () => {
			// The strict CSP blocks injected scripts; bypassing it is for the checker only.
			const context = await browser.newContext({ viewport, locale: 'es-PE', bypassCSP: true });
			const page = await context.newPage();
			const found: string[] = [];
			for (const path of publicPages(sharedServer().databasePath)) {
				await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
				await page.waitForSelector('html[data-hydrated="true"]');
				await page.addScriptTag({ path: axePath });
				const violations = await page.evaluate(async () => {
					const axe = (
						window as unknown as {
							axe: { run: (...a: unknown[]) => Promise<{ violations: AxeViolation[] }> };
						}
					).axe;
					const result = await axe.run(document, {
						runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
					});
					return result.violations;
				});
				for (const v of violations) {
					if (v.impact !== 'serious' && v.impact !== 'critical') continue;
					const where = v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' '))
						.join(' | ');
					found.push(`${path} [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}×: ${where})`);
				}
			}
			await context.close();
			expect(found).toEqual([]);
		}, 120_000);
	}
});
