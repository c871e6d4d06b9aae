import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signIn } from './auth-client';
import { sharedServer } from '../support/shared-server';

/**
 * Booths are sold before the plan is drawn: an exhibitor imported with a code the plan lacks
 * waits in the floor editor's list and takes the booth when the organiser draws it.
 */
const databasePath = sharedServer().databasePath;
const run = promisify(execFile);
const HALL = `W${Date.now() % 10000}`;
const SLUG = `espera-${Date.now() % 100000}`;
let dir: string;
let organiser = '';

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'extemin-waiting-'));
	organiser = await signIn('organizador@extemin.pe');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an exhibitor waiting for a booth that is not drawn yet', () => {
	it('is listed in the floor editor and placed when the booth is drawn', async () => {
		const file = join(dir, 'import.json');
		writeFileSync(
			file,
			JSON.stringify({
				organisations: [
					{
						slug: SLUG,
						name: 'Minera en Espera S.A.C.',
						kind: 'company',
						country: 'PE',
						sectors: ['automation'],
						exhibitor: { booth: `${HALL}-002` }
					}
				]
			})
		);
		await run(process.execPath, ['bin/extemin.js', 'import', file], {
			env: { ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: 'silent' }
		});

		const editor = await call('/admin/floor', { cookie: organiser });
		expect(editor.status).toBe(200);
		const waiting = /data-testid="waiting-exhibitors"[\s\S]*?<\/ul>/.exec(editor.text)?.[0] ?? '';
		expect(waiting).toContain(`data-slug="${SLUG}"`);
		expect(waiting).toContain(`${HALL}-002`);

		const post = (action: string, form: Record<string, string>) =>
			call(`/admin/floor?/${action}`, { cookie: organiser, form });
		const hall = { code: HALL, name_es: 'Espera', name_en: 'Waiting', width: '30', depth: '15' };
		expect((await post('createHall', hall)).status).toBe(303);
		const booth = { hall: HALL, code: `${HALL}-002`, x: '0', y: '0', width: '3', depth: '3' };
		expect((await post('addBooth', booth)).status).toBe(303);

		const plan = await call(`/floor?booth=${HALL}-002`);
		expect(plan.text).toContain(`data-booth="${HALL}-002" data-exhibitor="${SLUG}"`);
		const after = await call('/admin/floor', { cookie: organiser });
		expect(after.text).not.toMatch(
			new RegExp(`data-testid="waiting-exhibitors"[\\s\\S]*?data-slug="${SLUG}"`)
		);
	}, 60_000);
});
