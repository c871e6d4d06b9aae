import Database from 'better-sqlite3';
import { randomInt } from 'node:crypto';
import { queryDemo } from '../../support/demo-db';
import { sharedServer } from '../../support/shared-server';

/** Helpers for the trust-and-safety tests (docs/security.md): HTTP as a browser sends it. */
export const baseUrl = sharedServer().baseUrl;
export const databasePath = sharedServer().databasePath;
export const DEMO_PASSWORD = 'extemin-demo-2027';
export const ORGANISER_EMAIL = 'organizador@extemin.pe';

export interface Reply {
	status: number;
	location: string | null;
	headers: Headers;
	text: string;
	cookie: string | null;
}

let visitors = 0;
/**
 * A fresh client address for one simulated visitor. The test server runs without
 * ADDRESS_HEADER on loopback, so X-Forwarded-For is read as a local proxy's (clientAddress).
 */
export function visitor(): string {
	visitors++;
	const n = randomInt(1, 2 ** 17 - 1);
	return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
}

export async function http(
	path: string,
	init: {
		method?: string;
		cookie?: string;
		form?: Record<string, string | string[]>;
		headers?: Record<string, string>;
		ip?: string;
	} = {}
): Promise<Reply> {
	const headers: Record<string, string> = { accept: 'text/html', ...init.headers };
	if (init.cookie) headers.cookie = init.cookie;
	if (init.ip) headers['x-forwarded-for'] = init.ip;
	let body: string | undefined;
	if (init.form) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
		headers.origin ??= baseUrl;
		const params = new URLSearchParams();
		for (const [k, v] of Object.entries(init.form)) {
			for (const item of Array.isArray(v) ? v : [v]) params.append(k, item);
		}
		body = params.toString();
	}
	const res = await fetch(`${baseUrl}${path}`, {
		method: init.method ?? (init.form ? 'POST' : 'GET'),
		headers,
		body,
		redirect: 'manual'
	});
	const pair = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => /^session=./.test(c));
	return {
		status: res.status,
		location: res.headers.get('location'),
		headers: res.headers,
		text: await res.text(),
		cookie: pair ?? null
	};
}

export async function signIn(email: string, password = DEMO_PASSWORD, ip = visitor()) {
	const reply = await http('/login?/login', { form: { email, password }, ip });
	if (reply.status !== 303 || !reply.cookie) {
		throw new Error(`sign-in of ${email} failed: ${reply.status}`);
	}
	return reply.cookie;
}

export function mailsTo(to: string): { id: number; subject: string; body_text: string }[] {
	return queryDemo(
		databasePath,
		'select id, subject, body_text from mail where to_address = ? order by id',
		to
	);
}

/** Polls until `probe` gives a value (mail may be written by a background job). */
export async function until<T>(
	probe: () => T | null | undefined | Promise<T | null | undefined>,
	ms = 8000
): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await probe();
		if (value) return value;
		if (Date.now() > deadline) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 100));
	}
}

export const PASSWORD = 'una mina de cobre en Arequipa';

/** Signs up through the form; returns the address (unconfirmed; no session is started). */
export async function signUp(prefix: string, ip = visitor()): Promise<string> {
	const email = `${prefix}-${Date.now().toString(36)}-${visitors}@example.pe`;
	const reply = await http('/signup?/signup', {
		form: { name: `Prueba ${prefix}`, email, password: PASSWORD },
		ip
	});
	if (reply.status !== 303) throw new Error(`sign-up of ${email}: ${reply.status}`);
	return email;
}

/** Confirms an address with the link from its mail, as the recipient would. */
export async function confirm(email: string): Promise<void> {
	const body = await until(
		() => mailsTo(email).find((m) => /verify-email\?token=/.test(m.body_text))?.body_text
	);
	const token = /verify-email\?token=([a-z2-7]+)/.exec(body)![1];
	const reply = await http('/verify-email?/verify', { form: { token } });
	if (reply.status !== 200) throw new Error(`verification of ${email}: ${reply.status}`);
}

/** Writes to the test server's database (for a state no form can reach quickly). */
export function writeDb(sqlText: string, ...params: unknown[]): void {
	const db = new Database(databasePath, { fileMustExist: true });
	try {
		db.pragma('busy_timeout = 5000');
		db.prepare(sqlText).run(...params);
	} finally {
		db.close();
	}
}

export { queryDemo };
