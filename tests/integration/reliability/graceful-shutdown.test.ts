import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { queryDemo } from '../../support/demo-db';
import { startServer, type RunningServer } from '../../support/server';

/**
 * Graceful shutdown: SIGTERM while a request is still arriving. The request is answered, the
 * process exits 0, the search log queued in memory is written, and the database is closed
 * (SQLite removes the WAL file when the last connection closes cleanly; SIGKILL leaves it).
 */
let server: RunningServer | undefined;
afterAll(() => server?.stop());

/** A POST whose body arrives in two parts, `gapMs` apart; resolves with the status line. */
function slowPost(baseUrl: string, onFirstPart: () => void, gapMs: number): Promise<string> {
	const { hostname, port, host } = new URL(baseUrl);
	return new Promise((resolve, reject) => {
		const socket = connect(Number(port), hostname);
		let answer = '';
		socket.on('data', (c: Buffer) => (answer += c.toString('latin1')));
		socket.on('error', reject);
		socket.on('close', () => resolve(answer.split('\r\n')[0]));
		const body = 'locale=en&redirectTo=%2Ffloor';
		socket.write(
			`POST /language HTTP/1.1\r\nhost: ${host}\r\norigin: ${baseUrl}\r\nconnection: close\r\n` +
				`content-type: application/x-www-form-urlencoded\r\ncontent-length: ${body.length}\r\n\r\n` +
				body.slice(0, 10)
		);
		setTimeout(onFirstPart, 50);
		setTimeout(() => socket.write(body.slice(10)), gapMs);
	});
}

describe('graceful shutdown', () => {
	it('finishes the request in flight, flushes the search log and closes the database on SIGTERM', async () => {
		server = await startServer();
		const { baseUrl, databasePath, process: child } = server;
		const query = `apagado-ordenado-${Date.now()}`;
		expect((await fetch(`${baseUrl}/api/search?q=${query}`)).status).toBe(200);
		expect(existsSync(`${databasePath}-wal`)).toBe(true);

		const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
			child.once('exit', (code, signal) => resolve({ code, signal }))
		);
		const status = await slowPost(baseUrl, () => child.kill('SIGTERM'), 600);
		expect(status).toBe('HTTP/1.1 303 See Other');
		const refused = await fetch(`${baseUrl}/healthz`).then(
			(r) => r.status,
			() => 'refused'
		);
		expect(refused).toBe('refused');

		expect(await exited).toEqual({ code: 0, signal: null });
		expect(existsSync(`${databasePath}-wal`)).toBe(false);
		expect(queryDemo(databasePath, 'select 1 from search_log where query = ?', query)).toHaveLength(
			1
		);
	}, 60_000);
});
