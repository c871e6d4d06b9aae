import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areasForRoute } from '../../../src/lib/i18n/load';

/**
 * Browsers load only the message areas of their route (src/lib/i18n/load.ts). This checks,
 * from the source, that every area a route's components read (`t.<area>` through getI18n) is
 * one the route loads, following component imports.
 */
const AREA_USE = /\bt\.(common|catalogue|auth|organisation|floor|admin|matchmaking|search)\b/g;
const IMPORT = /from '((?:\$lib|\.{1,2})\/[^']+\.svelte)'/g;

function areasOf(file: string, seen = new Set<string>()): Set<string> {
	const areas = new Set<string>();
	if (seen.has(file) || !existsSync(file)) return areas;
	seen.add(file);
	const source = readFileSync(file, 'utf8');
	for (const m of source.matchAll(AREA_USE)) areas.add(m[1]);
	for (const m of source.matchAll(IMPORT)) {
		const target = m[1].startsWith('$lib')
			? join('src/lib', m[1].slice('$lib'.length))
			: resolve(dirname(file), m[1]);
		for (const area of areasOf(relative(process.cwd(), target), seen)) areas.add(area);
	}
	return areas;
}

function routeFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return routeFiles(path);
		return /^\+(page|layout|error)\.svelte$/.test(entry.name) ? [path] : [];
	});
}

/** `src/routes/(public)/exhibitors/+page.svelte` -> `/(public)/exhibitors`. */
function routeIdOf(file: string): string {
	const dir = dirname(relative('src/routes', file));
	return dir === '.' ? '/' : `/${dir}`;
}

describe('message areas per route', () => {
	const files = routeFiles('src/routes');

	it('finds the routes', () => {
		expect(files.length).toBeGreaterThan(30);
	});

	it('loads every area each page and layout reads', () => {
		const missing = files.flatMap((file) => {
			const routeId = routeIdOf(file);
			// The root layout and error page render on every route, including unknown ones.
			const loaded = new Set(areasForRoute(routeId === '/' ? null : routeId));
			return [...areasOf(file)]
				.filter((area) => !loaded.has(area as never))
				.map((area) => `${file}: ${area}`);
		});
		expect(missing).toEqual([]);
	});

	it('keeps the console and account strings off public pages', () => {
		expect(areasForRoute('/(public)/exhibitors')).not.toContain('admin');
		expect(areasForRoute('/(public)')).not.toContain('organisation');
		expect(areasForRoute('/admin/floor')).toContain('admin');
	});
});
