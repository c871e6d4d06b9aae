// The JavaScript a phone downloads for a page, as Chromium fetches it (docs/i18n.md):
//   npx tsx scripts/page-weight.ts [path ...]   (default: / and /en)
// Sums every script response (raw bytes, and gzip -9 of the same bytes) for a cold load at 390 px.
// Starts the built server on a temporary demo database unless E2E_BASE_URL is set.
import { gzipSync } from 'node:zlib';
import { startServer } from '../tests/support/server';
import { launchBrowser, PHONE } from '../tests/support/browser';

const server = process.env.E2E_BASE_URL ? null : await startServer();
const baseUrl = process.env.E2E_BASE_URL ?? server!.baseUrl;
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/en'];

const browser = await launchBrowser();
try {
	for (const path of paths) {
		// A phone set to the page's language (an English browser asking for / is sent to /en).
		const english = path === '/en' || path.startsWith('/en/');
		const context = await browser.newContext({
			viewport: PHONE,
			locale: english ? 'en-GB' : 'es-PE'
		});
		const page = await context.newPage();
		const scripts: Promise<{ url: string; raw: number; gzip: number }>[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() !== 'script') return;
			scripts.push(
				response.body().then((body) => ({
					url: new URL(response.url()).pathname,
					raw: body.length,
					gzip: gzipSync(body, { level: 9 }).length
				}))
			);
		});
		await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
		await page.waitForSelector('html[data-hydrated="true"]');
		const files = await Promise.all(scripts);
		const raw = files.reduce((sum, f) => sum + f.raw, 0);
		const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
		if (process.env.VERBOSE) {
			for (const f of files.sort((a, b) => b.raw - a.raw)) {
				console.log(`  ${String(f.raw).padStart(8)} ${String(f.gzip).padStart(8)}  ${f.url}`);
			}
		}
		console.log(
			`${path}: ${files.length} scripts, ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzipped`
		);
		await context.close();
	}
} finally {
	await browser.close();
	await server?.stop();
}
