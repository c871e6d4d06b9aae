import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What a new organiser does on an empty database (SEED=none): `extemin migrate`, then
 * `extemin import` of the example the README documents, booth codes included, before any floor
 * plan exists. The example is read from README.md itself, so the documentation cannot drift.
 */
const run = promisify(execFile);
let dir: string;
let databasePath: string;

function readmeExample(): unknown {
	const readme = readFileSync('README.md', 'utf8');
	const block = /The import file format \(JSON\) is:\s*```json\n([\s\S]*?)```/.exec(readme);
	if (!block) throw new Error('README.md has no import file example');
	return JSON.parse(block[1]);
}

function extemin(...args: string[]) {
	return run(process.execPath, ['bin/extemin.js', ...args], {
		env: { ...process.env, DATABASE_PATH: databasePath, SEED: 'none', LOG_LEVEL: 'silent' }
	});
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'extemin-cli-import-'));
	databasePath = join(dir, 'fresh.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extemin migrate and import on an empty database', () => {
	it('imports the README example, keeping booth codes the plan does not have yet', async () => {
		await extemin('migrate');
		const file = join(dir, 'import.json');
		writeFileSync(file, JSON.stringify(readmeExample()));
		const { stdout } = await extemin('import', file);
		expect(stdout).toMatch(/organisations: 1 created, 0 updated; innovations: 1 created/);

		const sqlite = new Database(databasePath, { readonly: true });
		try {
			const row = sqlite
				.prepare(
					`select o.slug, e.status, e.booth_id, e.requested_booth_code from organisation o
					 join exhibitor e on e.organisation_id = o.id`
				)
				.get();
			expect(row).toEqual({
				slug: 'andes-autonomia',
				status: 'approved',
				booth_id: null,
				requested_booth_code: 'P1-045'
			});
		} finally {
			sqlite.close();
		}
	}, 60_000);

	it('refuses a file with a badly shaped booth code, naming the row, and writes nothing', async () => {
		const example = readmeExample() as { organisations: { slug: string; exhibitor?: object }[] };
		const broken = {
			organisations: [
				{ ...example.organisations[0], slug: 'otra-empresa', exhibitor: { booth: 'stand 5' } }
			]
		};
		const file = join(dir, 'broken.json');
		writeFileSync(file, JSON.stringify(broken));
		const failure = await extemin('import', file).then(
			() => null,
			(err: { code: number; stderr: string }) => err
		);
		expect(failure?.code).toBe(1);
		expect(failure?.stderr).toContain(
			'organisations[0].exhibitor.booth: "stand 5" is not a booth code'
		);
		const sqlite = new Database(databasePath, { readonly: true });
		try {
			expect(sqlite.prepare(`select count(*) as n from organisation`).get()).toEqual({ n: 1 });
		} finally {
			sqlite.close();
		}
	}, 60_000);
});
