import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ENDPOINT = /^\+(page\.svelte|page\.server\.ts|page\.ts|server\.ts)$/;

/** Every route id SvelteKit builds from src/routes (directories holding a +page or +server file). */
export function listRouteIds(root = join(process.cwd(), 'src', 'routes'), dir = root): string[] {
	const ids = new Set<string>();
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) listRouteIds(root, path).forEach((id) => ids.add(id));
		else if (ENDPOINT.test(entry.name)) {
			const rel = relative(root, dir).split(sep).join('/');
			ids.add(rel ? `/${rel}` : '/');
		}
	}
	return [...ids].sort();
}
