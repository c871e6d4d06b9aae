import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const chromiumPath = CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;

/**
 * Browser tests need Debian's Chromium. Without it they are skipped loudly on a developer's
 * machine, and fail under CI=true, where .ci/run installs it.
 */
export function browserAvailable(): boolean {
	if (chromiumPath) return true;
	const message = 'Chromium not found (apt-get install chromium): browser tests SKIPPED';
	if (process.env.CI === 'true') throw new Error(`${message} — not allowed under CI=true`);
	console.warn(`\n${'!'.repeat(message.length)}\n${message}\n${'!'.repeat(message.length)}\n`);
	return false;
}

export async function launchBrowser(): Promise<Browser> {
	if (!chromiumPath) throw new Error('Chromium not found');
	return chromium.launch({
		executablePath: chromiumPath,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage'
		]
	});
}

/** Navigates and waits until SvelteKit has hydrated (clicks before that are lost). */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.waitForSelector('html[data-hydrated="true"]', { timeout: 15_000 });
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };
