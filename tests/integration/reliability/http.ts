import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import Database from 'better-sqlite3';

/** Demo accounts (src/lib/server/seed): every one has this password. */
export const DEMO_PASSWORD = 'extemin-demo-2027';
export const ORGANISER_EMAIL = 'organizador@extemin.pe';

export interface RawAnswer {
	/** 0 when the server reset the connection before its answer could be read. */
	status: number;
	headers: string;
	body: string;
	ms: number;
}

/**
 * Sends bytes exactly as given over a socket: fetch and node:http normalise or refuse the
 * malformed paths these tests are about. The answer is read until the server closes.
 */
export function rawRequest(
	baseUrl: string,
	head: string,
	body: Buffer | string = ''
): Promise<RawAnswer> {
	const { hostname, port } = new URL(baseUrl);
	const started = performance.now();
	const payload = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
	return new Promise((resolve, reject) => {
		const socket = connect(Number(port), hostname);
		const chunks: Buffer[] = [];
		socket.setTimeout(20_000, () =>
			socket.destroy(new Error(`no answer to ${head.split('\r\n')[0]}`))
		);
		socket.on('data', (c: Buffer) => chunks.push(c));
		// The server may answer and close while the body is still being written (a refused
		// upload): the write fails with EPIPE, but the answer already read still counts.
		let failure: Error | undefined;
		socket.on('error', (err) => (failure = err));
		socket.on('close', () => {
			if (chunks.length > 0 || failure) finish();
			else reject(new Error(`connection closed without an answer to ${head.split('\r\n')[0]}`));
		});
		socket.on('end', finish);
		let done = false;
		function finish() {
			if (done) return;
			done = true;
			socket.destroy();
			const text = Buffer.concat(chunks).toString('latin1');
			const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
			const split = text.indexOf('\r\n\r\n');
			resolve({
				status: match ? Number(match[1]) : 0,
				headers: text.slice(0, split),
				body: Buffer.from(text.slice(split + 4), 'latin1').toString('utf8'),
				ms: performance.now() - started
			});
		}
		socket.write(Buffer.concat([Buffer.from(head, 'latin1'), payload]));
	});
}

/** A GET whose request line carries `target` byte for byte (latin1: one char, one byte). */
export function rawGet(baseUrl: string, target: string, headers: Record<string, string> = {}) {
	const host = new URL(baseUrl).host;
	const lines = Object.entries({ host, connection: 'close', ...headers }).map(
		([k, v]) => `${k}: ${v}`
	);
	return rawRequest(baseUrl, `GET ${target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
}

export function rawPost(
	baseUrl: string,
	target: string,
	body: Buffer | string,
	headers: Record<string, string>
) {
	const host = new URL(baseUrl).host;
	const payload = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
	const all = {
		host,
		origin: baseUrl,
		connection: 'close',
		'content-length': String(payload.length),
		...headers
	};
	const lines = Object.entries(all).map(([k, v]) => `${k}: ${v}`);
	return rawRequest(baseUrl, `POST ${target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`, payload);
}

/** Form post with the right Origin, as a browser without JavaScript sends it. */
export async function postForm(
	baseUrl: string,
	path: string,
	fields: Record<string, string> | URLSearchParams | FormData,
	headers: Record<string, string> = {}
): Promise<Response> {
	const body = fields instanceof FormData ? fields : new URLSearchParams(fields);
	return fetch(`${baseUrl}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: baseUrl, accept: 'text/html', ...headers },
		body
	});
}

/** Signs in through the login form and returns the Cookie header of the session. */
export async function signIn(
	baseUrl: string,
	email: string,
	password = DEMO_PASSWORD
): Promise<string> {
	const res = await postForm(baseUrl, '/login?/login', { email, password });
	await res.arrayBuffer();
	const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
	const session = cookies.find((c) => /^(__Host-)?session=/.test(c) && !c.endsWith('='));
	if (res.status !== 303 || !session)
		throw new Error(`sign-in of ${email} failed: HTTP ${res.status}`);
	return session;
}

export function countRows(databasePath: string, table: string): number {
	const db = new Database(databasePath, { readonly: true, fileMustExist: true });
	try {
		return (db.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
	} finally {
		db.close();
	}
}

export interface CliResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

/** Starts `node bin/extemin.js <args>` on a database; `done` settles when it exits. */
export function startCli(
	args: string[],
	databasePath: string
): { child: ChildProcess; done: Promise<CliResult> } {
	const child = spawn(process.execPath, ['bin/extemin.js', ...args], {
		env: {
			...process.env,
			DATABASE_PATH: databasePath,
			SEARCH_ENGINE: 'sqlite',
			LOG_LEVEL: 'warn'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
	child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
	const done = new Promise<CliResult>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
	});
	return { child, done };
}

export function runCli(args: string[], databasePath: string): Promise<CliResult> {
	return startCli(args, databasePath).done;
}
