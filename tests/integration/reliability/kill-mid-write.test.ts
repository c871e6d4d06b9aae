import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryDemo } from '../../support/demo-db';
import { startServer, type RunningServer } from '../../support/server';
import { ORGANISER_EMAIL, postForm, runCli, signIn, startCli } from './http';

/**
 * kill-mid-write (docs/security.md): SIGKILL in the middle of a burst of writes (sign-ups and
 * bookmarks through the server) and in the middle of an import (the `extemin import`
 * process, caught while it holds the write transaction). After a restart: integrity_check
 * ok, every acknowledged write present, and the import entirely present or entirely absent.
 */
const IMPORT_SIZE = 2_000;
let dir: string;
let databasePath: string;
let server: RunningServer | undefined;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'extemin-kill-'));
	databasePath = join(dir, 'extemin.db');
	server = await startServer({ DATABASE_PATH: databasePath });
});
afterAll(async () => {
	await server?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

function integrity(path: string): string {
	const db = new Database(path);
	try {
		return String(db.pragma('integrity_check', { simple: true }));
	} finally {
		db.close();
	}
}

function killServer(s: RunningServer): Promise<void> {
	const exited = new Promise<void>((resolve) => s.process.once('exit', () => resolve()));
	s.process.kill('SIGKILL');
	return exited;
}

function importFile(): string {
	const organisations = Array.from({ length: IMPORT_SIZE }, (_, i) => ({
		slug: `kill-import-${i}`,
		name: `Importación interrumpida ${i} S.A.C.`,
		kind: i % 2 ? 'startup' : 'company',
		country: 'PE',
		city: 'Arequipa',
		sectors: ['ai', 'automation'],
		tags: ['prueba', `lote ${i % 17}`],
		description: {
			es: 'Una organización de la prueba de interrupción. '.repeat(8),
			en: 'Kill test.'
		}
	}));
	const innovations = organisations.map((o) => ({
		slug: `${o.slug}-innovacion`,
		organisation: o.slug,
		title: { es: `Innovación ${o.name}` },
		summary: { es: 'Resumen de la innovación interrumpida.' },
		sector: 'ai',
		trl: 5
	}));
	const path = join(dir, 'import.json');
	writeFileSync(path, JSON.stringify({ organisations, innovations }));
	return path;
}

/** True while some other connection holds the write lock (checked without waiting). */
function writeLockTaken(path: string): boolean {
	const db = new Database(path);
	db.pragma('busy_timeout = 0');
	try {
		db.exec('BEGIN IMMEDIATE');
		db.exec('ROLLBACK');
		return false;
	} catch {
		return true;
	} finally {
		db.close();
	}
}

describe('kill-mid-write', () => {
	it('keeps every acknowledged sign-up and bookmark when the server is killed mid-burst', async () => {
		const running = server as RunningServer;
		const cookie = await signIn(running.baseUrl, ORGANISER_EMAIL);
		const targets = queryDemo<{ id: number }>(
			databasePath,
			'select id from organisation order by id limit 60'
		);
		const acknowledgedEmails: string[] = [];
		const acknowledgedBookmarks: number[] = [];
		let killed: Promise<void> | null = null;

		const worker = async (lane: number) => {
			for (let i = 0; i < 30; i++) {
				try {
					if (i % 2 === 0) {
						const email = `kill-${lane}-${i}@example.pe`;
						// One visitor per sign-up: the per-address sign-up throttle stays out of the way.
						const res = await postForm(
							running.baseUrl,
							'/signup?/signup',
							{
								name: `Kill ${lane} ${i}`,
								email,
								password: `interrumpido-${lane}-${i}-clave`
							},
							{ 'x-forwarded-for': `10.1.${lane}.${i}` }
						);
						await res.arrayBuffer();
						if (res.status === 303) acknowledgedEmails.push(email);
					} else {
						const target = targets[(lane * 15 + i) % targets.length].id;
						const res = await postForm(
							running.baseUrl,
							'/me/bookmarks?/toggle',
							{ type: 'organisation', targetId: String(target), want: '1' },
							{ cookie }
						);
						await res.arrayBuffer();
						if (res.status === 303) acknowledgedBookmarks.push(target);
					}
				} catch {
					return; // the server is gone: this write was never acknowledged
				}
				if (!killed && acknowledgedEmails.length + acknowledgedBookmarks.length >= 20) {
					killed = killServer(running);
				}
			}
		};
		await Promise.all([0, 1, 2, 3].map(worker));
		expect(killed).not.toBeNull();
		await killed;
		console.info(
			`kill-mid-write: ${acknowledgedEmails.length} sign-ups and ${acknowledgedBookmarks.length} bookmarks acknowledged before SIGKILL`
		);

		expect(integrity(databasePath)).toBe('ok');
		server = await startServer({ DATABASE_PATH: databasePath });
		expect(integrity(databasePath)).toBe('ok');
		for (const email of acknowledgedEmails) {
			expect(
				queryDemo(databasePath, 'select 1 from user where email = ?', email),
				email
			).toHaveLength(1);
		}
		const [{ id: userId }] = queryDemo<{ id: number }>(
			databasePath,
			'select id from user where email = ?',
			ORGANISER_EMAIL
		);
		for (const target of acknowledgedBookmarks) {
			const rows = queryDemo(
				databasePath,
				`select 1 from bookmark where user_id = ? and target_type = 'organisation' and target_id = ?`,
				userId,
				target
			);
			expect(rows, `bookmark ${target}`).toHaveLength(1);
		}
		expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
	}, 120_000);

	it('leaves no half import when the import is killed inside its transaction', async () => {
		const file = importFile();
		const count = () =>
			queryDemo<{ o: number; i: number }>(
				databasePath,
				`select (select count(*) from organisation where slug like 'kill-import-%') as o,
				        (select count(*) from innovation where slug like 'kill-import-%') as i`
			)[0];
		const { child, done } = startCli(['import', file], databasePath);
		let caughtWriting = false;
		// The import validates first, then writes everything in one BEGIN IMMEDIATE transaction:
		// the moment another connection cannot take the write lock, the import is mid-write.
		const poll = setInterval(() => {
			if (caughtWriting || child.exitCode !== null) return;
			if (writeLockTaken(databasePath)) {
				caughtWriting = true;
				child.kill('SIGKILL');
			}
		}, 5);
		const result = await done;
		clearInterval(poll);
		expect(caughtWriting, `the import ended before it was caught writing: ${result.stderr}`).toBe(
			true
		);
		expect(result.signal).toBe('SIGKILL');
		expect(integrity(databasePath)).toBe('ok');
		const after = count();
		console.info(
			`kill-mid-write: import ${result.signal ?? 'finished'}; ${after.o} organisations present`
		);
		expect([0, IMPORT_SIZE]).toContain(after.o);
		expect(after.i).toBe(after.o);

		// The same file imported again after the crash: complete, and the server still healthy.
		const again = await runCli(['import', file], databasePath);
		expect(again.code, again.stderr).toBe(0);
		expect(count()).toEqual({ o: IMPORT_SIZE, i: IMPORT_SIZE });
		expect(integrity(databasePath)).toBe('ok');
		expect((await fetch(`${(server as RunningServer).baseUrl}/healthz`)).status).toBe(200);
	}, 180_000);
});
