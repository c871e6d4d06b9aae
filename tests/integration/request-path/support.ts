/**
 * Helpers of the request-path suite: SMTP servers that misbehave or record, an HTTP client
 * for a server of the test's own, and a /healthz prober.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';
import Database from 'better-sqlite3';

export const DEMO_PASSWORD = 'extemin-demo-2027';
export const ORGANISER_EMAIL = 'organizador@extemin.pe';

/** A TCP server that accepts connections and never says a word (no SMTP greeting). */
export async function blackHole(port = 0): Promise<{
	port: number;
	connections: () => number;
	close: () => Promise<void>;
}> {
	const sockets = new Set<Socket>();
	let count = 0;
	const server: Server = createServer((socket) => {
		count++;
		sockets.add(socket);
		socket.on('error', () => undefined);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.address();
	return {
		port: typeof address === 'object' && address ? address.port : port,
		connections: () => count,
		close: async () => {
			for (const s of sockets) s.destroy();
			if (server.listening) await new Promise((resolve) => server.close(resolve));
		}
	};
}

export interface ReceivedMail {
	to: string[];
	subject: string;
	raw: string;
}

/** A real SMTP server (smtp-server) that keeps every message it accepts. */
export async function smtpSink(port = 0): Promise<{
	port: number;
	received: ReceivedMail[];
	close: () => Promise<void>;
}> {
	const received: ReceivedMail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				const raw = Buffer.concat(chunks).toString('utf8');
				const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/im.exec(raw)?.[1] ?? '';
				received.push({
					to: session.envelope.rcptTo.map((r) => r.address),
					subject: subject.replace(/\r\n[ \t]/g, ' '),
					raw
				});
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
	const address = server.server.address();
	return {
		port: typeof address === 'object' && address ? address.port : port,
		received,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

export interface Reply {
	status: number;
	location: string | null;
	text: string;
	ms: number;
	headers: Headers;
}

/** A client for one server: form posts as a browser sends them, without following redirects. */
export function clientFor(baseUrl: string) {
	async function call(
		path: string,
		init: { cookie?: string; form?: Record<string, string>; method?: string } = {}
	): Promise<Reply> {
		const headers: Record<string, string> = { accept: 'text/html' };
		if (init.cookie) headers.cookie = init.cookie;
		let body: string | undefined;
		if (init.form) {
			headers['content-type'] = 'application/x-www-form-urlencoded';
			headers.origin = baseUrl;
			body = new URLSearchParams(init.form).toString();
		}
		const started = performance.now();
		const res = await fetch(`${baseUrl}${path}`, {
			method: init.method ?? (init.form ? 'POST' : 'GET'),
			headers,
			body,
			redirect: 'manual'
		});
		const text = await res.text();
		return {
			status: res.status,
			location: res.headers.get('location'),
			text,
			ms: performance.now() - started,
			headers: res.headers
		};
	}
	async function signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
		const reply = await call('/login?/login', { form: { email, password, redirectTo: '/me' } });
		const pair = /(?:^|, )(session=[^;]+)/.exec(reply.headers.get('set-cookie') ?? '')?.[1];
		if (reply.status !== 303 || !pair) throw new Error(`sign-in of ${email}: ${reply.status}`);
		return pair;
	}
	return { call, signIn };
}

/** Polls /healthz every `everyMs` until stopped; the latencies it saw, in ms. */
export function probeHealth(baseUrl: string, everyMs = 50) {
	const times: number[] = [];
	const failures: string[] = [];
	const stamps: number[] = [];
	let running = true;
	const loop = (async () => {
		while (running) {
			const started = performance.now();
			try {
				const res = await fetch(`${baseUrl}/healthz`);
				await res.arrayBuffer();
				if (res.status !== 200) failures.push(`HTTP ${res.status}`);
			} catch (err) {
				failures.push(String(err));
			}
			times.push(performance.now() - started);
			stamps.push(Math.round(started));
			await new Promise((r) => setTimeout(r, everyMs));
		}
	})();
	return {
		stop: async () => {
			running = false;
			await loop;
			const sorted = [...times].sort((a, b) => a - b);
			const at = (p: number) =>
				sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
			return {
				samples: sorted.length,
				p50: at(0.5),
				p99: at(0.99),
				max: sorted[sorted.length - 1] ?? 0,
				/** The three slowest probes: [ms after the first probe, latency]. */
				slowest: times
					.map((t, i) => [stamps[i] - (stamps[0] ?? 0), Math.round(t * 10) / 10])
					.sort((a, b) => b[1] - a[1])
					.slice(0, 3),
				failures
			};
		}
	};
}

export function query<T>(databasePath: string, sqlText: string, ...params: unknown[]): T[] {
	const db = new Database(databasePath, { readonly: true, fileMustExist: true });
	try {
		return db.prepare(sqlText).all(...params) as T[];
	} finally {
		db.close();
	}
}

export async function waitFor<T>(
	what: string,
	probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
	timeoutMs = 20_000,
	everyMs = 100
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, everyMs));
	}
}
