import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A state-changing entry point found in src/routes: a form action or a JSON endpoint method. */
export interface WriteEndpoint {
	kind: 'action' | 'endpoint';
	/** The route's path pattern, e.g. `/exhibitors/[slug]`. */
	pattern: string;
	method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** `?/name` for a named action, '' for the default action or an endpoint. */
	search: string;
	/** Field names the source reads (`form.get('x')`, `text(form, 'x')`, `body.x`). */
	fields: string[];
	file: string;
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

function patternOf(routesDir: string, file: string): string {
	const parts = relative(routesDir, file).split(sep).slice(0, -1);
	const kept = parts.filter((p) => !/^\(.*\)$/.test(p) && !/^\[\[.*\]\]$/.test(p));
	return `/${kept.join('/')}`;
}

/** The keys of `export const actions = { ... }`, read from the source at one tab of indent. */
function actionNames(source: string): string[] {
	const start = source.search(/export const actions\b/);
	if (start < 0) return [];
	const block = source.slice(start, source.indexOf('\n};', start));
	return [...block.matchAll(/^\t(?:async\s+)?([A-Za-z_$][\w$]*)\s*(?::|\()/gm)].map((m) => m[1]);
}

function fieldNames(source: string): string[] {
	const patterns = [
		/\bget(?:All)?\(\s*'([^']+)'\s*\)/g,
		/\(\s*(?:form|data|formData)\s*,\s*'([^']+)'/g,
		/\bbody\.([A-Za-z_]\w*)/g
	];
	const names = new Set<string>();
	for (const pattern of patterns) for (const m of source.matchAll(pattern)) names.add(m[1]);
	return [...names];
}

export function discoverWriteEndpoints(routesDir = 'src/routes'): WriteEndpoint[] {
	const found: WriteEndpoint[] = [];
	for (const file of walk(routesDir)) {
		const name = file.split(sep).pop();
		const source = readFileSync(file, 'utf8');
		const pattern = patternOf(routesDir, file);
		const fields = fieldNames(source);
		if (name === '+page.server.ts') {
			for (const action of actionNames(source)) {
				const search = action === 'default' ? '' : `?/${action}`;
				found.push({ kind: 'action', pattern, method: 'POST', search, fields, file });
			}
		} else if (name === '+server.ts') {
			for (const m of source.matchAll(
				/export (?:const|async function) (POST|PUT|PATCH|DELETE)\b/g
			)) {
				const method = m[1] as WriteEndpoint['method'];
				found.push({ kind: 'endpoint', pattern, method, search: '', fields, file });
			}
		}
	}
	return found.sort((a, b) => `${a.pattern}${a.search}`.localeCompare(`${b.pattern}${b.search}`));
}

/** A concrete path for a pattern: real slugs where the route needs an existing record. */
export function concretePath(pattern: string, values: Record<string, string>): string {
	return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, param: string) =>
		encodeURIComponent(values[param] ?? 'fuzz')
	);
}
