// Builds the server when build/ is missing or older than the sources, so that
// `npm install && npm start` works on a fresh clone. `--force` always rebuilds.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const output = 'build/handler.js';
const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

const force = process.argv.includes('--force');
const stale =
	force ||
	!existsSync(output) ||
	sources.some((s) => existsSync(s) && newestMtime(s) > statSync(output).mtimeMs);

if (stale) {
	process.stderr.write('Building EXTEMIN Connect (vite build)…\n');
	execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'] });
	process.stderr.write('Build ready.\n');
}
