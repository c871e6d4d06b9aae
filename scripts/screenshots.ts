// Screenshots of the main pages at phone and desktop widths, in both languages, for review:
//   npx tsx scripts/screenshots.ts [path ...]   (writes screenshots/*.png)
// Starts the built server on a temporary demo database unless E2E_BASE_URL is set.
import { mkdirSync } from 'node:fs';
import { startServer } from '../tests/support/server';
import { launchBrowser, DESKTOP, PHONE } from '../tests/support/browser';
import { exhibitorWithBooth, queryDemo } from '../tests/support/demo-db';

const server = process.env.E2E_BASE_URL ? null : await startServer();
const baseUrl = process.env.E2E_BASE_URL ?? server!.baseUrl;
const dbPath = process.env.E2E_DATABASE_PATH ?? server?.databasePath;

let paths = process.argv.slice(2);
if (paths.length === 0) {
	const exhibitor = dbPath ? exhibitorWithBooth(dbPath) : null;
	const [innovation] = dbPath
		? queryDemo<{ slug: string }>(dbPath, 'select slug from innovation where featured = 1 limit 1')
		: [];
	paths = ['/', '/exhibitors', '/exhibitors?q=hidrogeno'];
	if (exhibitor) paths.push(`/exhibitors/${exhibitor.slug}`, `/floor?booth=${exhibitor.booth}`);
	if (innovation) paths.push(`/innovations/${innovation.slug}`);
}

mkdirSync('screenshots', { recursive: true });
const browser = await launchBrowser();
try {
	for (const locale of ['es', 'en']) {
		for (const [label, viewport] of [
			['phone', PHONE],
			['desktop', DESKTOP]
		] as const) {
			const context = await browser.newContext({ viewport });
			if (process.env.E2E_COOKIE) {
				const [name, value] = process.env.E2E_COOKIE.split('=');
				await context.addCookies([{ name, value, url: baseUrl }]);
			}
			const page = await context.newPage();
			for (const path of paths) {
				const url = locale === 'en' ? (path === '/' ? '/en' : `/en${path}`) : path;
				await page.goto(`${baseUrl}${url}`, { waitUntil: 'networkidle' });
				const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${label}-${locale}`;
				await page.screenshot({
					path: `screenshots/${name}.png`,
					fullPage: label === 'phone' ? false : true
				});
				console.log(`screenshots/${name}.png`);
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
	await server?.stop();
}
