import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryDemo } from '../../support/demo-db';
import { startServer, type RunningServer } from '../../support/server';
import { DEMO_PASSWORD, ORGANISER_EMAIL } from './http';
import { concretePath, discoverWriteEndpoints, type WriteEndpoint } from './routes';

/**
 * form-fuzz (docs/security.md): every form action and JSON endpoint under src/routes, found by
 * reading the sources, gets random, missing and wrongly typed fields (fast-check) with the
 * right Origin, anonymously and signed in as the demo organiser and a demo member. Only
 * 2xx/3xx/4xx; an enhanced action's 200 never carries an error; and a 4xx stores nothing.
 *
 * Its own server, with ADDRESS_HEADER so each request comes from its own address: the fuzz
 * posts to /login and /forgot-password, whose per-address throttles would otherwise stop the
 * signed-in runs.
 */
const RUNS = 10;
/** Tables a refused request may touch: throttles, sessions, logs and queues, not content. */
const BOOKKEEPING = new Set([
	'auth_throttle',
	'session',
	'search_log',
	'outbox',
	'mail_outbox',
	'audit_log'
]);

let server: RunningServer;
const endpoints = discoverWriteEndpoints();
let params: Record<string, string>;
let contentTables: string[];
let addressCounter = 0;

beforeAll(async () => {
	server = await startServer({ ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });
	const db = new Database(server.databasePath, { readonly: true });
	contentTables = (
		db
			.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)
			.all() as {
			name: string;
		}[]
	)
		.map((t) => t.name)
		.filter((t) => !BOOKKEEPING.has(t) && !t.startsWith('search_') && !t.startsWith('kysely_'));
	db.close();
	const org = queryDemo<{ slug: string }>(
		server.databasePath,
		'select slug from organisation limit 1'
	)[0];
	const innovation = queryDemo<{ slug: string; id: number }>(
		server.databasePath,
		'select slug, id from innovation limit 1'
	)[0];
	params = {
		slug: org.slug,
		id: String(innovation.id),
		token: 'fuzz-token-0000',
		file: 'fuzz.png'
	};
});
afterAll(() => server?.stop());

function nextAddress(): string {
	addressCounter++;
	return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

function snapshot(): Record<string, number> {
	const db = new Database(server.databasePath, { readonly: true });
	try {
		return Object.fromEntries(
			contentTables.map((t) => [
				t,
				(db.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n
			])
		);
	} finally {
		db.close();
	}
}

async function signIn(email: string): Promise<string> {
	const res = await fetch(`${server.baseUrl}/login?/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: server.baseUrl, accept: 'text/html', 'x-forwarded-for': nextAddress() },
		body: new URLSearchParams({ email, password: DEMO_PASSWORD })
	});
	await res.arrayBuffer();
	const session = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => /^session=./.test(c));
	if (res.status !== 303 || !session) throw new Error(`sign-in of ${email}: HTTP ${res.status}`);
	return session;
}

const INJECTIONS = [
	"' OR 1=1 --",
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'../../etc/passwd'
];
/** Values of the wrong type or shape for whatever the field expects. */
const oddValue = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc.string({
		unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
		maxLength: 4
	}),
	fc.constantFrom(
		'',
		' ',
		'0',
		'-1',
		'1e309',
		'NaN',
		'null',
		'true',
		'[]',
		'{}',
		'9007199254740993',
		'\u0000'
	),
	fc.integer().map(String),
	fc.double().map(String),
	fc.constantFrom(...INJECTIONS),
	fc.constantFrom('x'.repeat(5_000), 'ñ'.repeat(2_000)),
	fc.emailAddress(),
	fc.date({ noInvalidDate: true }).map((d) => d.toISOString())
);

interface Attempt {
	fields: [string, string[]][];
	encoding: 'urlencoded' | 'multipart' | 'json';
	withFile: boolean;
}

function attemptFor(endpoint: WriteEndpoint): fc.Arbitrary<Attempt> {
	const known = endpoint.fields.length
		? fc.constantFrom(...endpoint.fields)
		: fc.string({ minLength: 1, maxLength: 12 });
	const name = fc.oneof(
		{ weight: 4, arbitrary: known },
		{ weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) }
	);
	return fc.record({
		fields: fc.array(fc.tuple(name, fc.array(oddValue, { minLength: 1, maxLength: 3 })), {
			maxLength: 8
		}),
		encoding:
			endpoint.kind === 'endpoint'
				? fc.constantFrom('json', 'urlencoded')
				: fc.constantFrom('urlencoded', 'multipart'),
		withFile: fc.boolean()
	});
}

function bodyOf(attempt: Attempt): { body: BodyInit; headers: Record<string, string> } {
	if (attempt.encoding === 'json') {
		const object = Object.fromEntries(
			attempt.fields.map(([k, v]) => [k, v.length === 1 ? v[0] : v])
		);
		return { body: JSON.stringify(object), headers: { 'content-type': 'application/json' } };
	}
	if (attempt.encoding === 'multipart') {
		const form = new FormData();
		for (const [k, values] of attempt.fields) for (const v of values) form.append(k, v);
		if (attempt.withFile)
			form.append(attempt.fields[0]?.[0] ?? 'logo', new Blob(['#!/bin/sh\necho owned\n']), 'x.sh');
		return { body: form, headers: {} };
	}
	const search = new URLSearchParams();
	for (const [k, values] of attempt.fields) for (const v of values) search.append(k, v);
	return { body: search, headers: { 'content-type': 'application/x-www-form-urlencoded' } };
}

type Role = 'anonymous' | 'organiser' | 'member';
const sessions: Partial<Record<Role, string>> = {};
const emails: Partial<Record<Role, string>> = {};

async function send(endpoint: WriteEndpoint, role: Role, attempt: Attempt, enhanced: boolean) {
	const { body, headers } = bodyOf(attempt);
	const path = concretePath(endpoint.pattern, params) + endpoint.search;
	const cookie = sessions[role];
	const res = await fetch(`${server.baseUrl}${path}`, {
		method: endpoint.method,
		redirect: 'manual',
		headers: {
			origin: server.baseUrl,
			'x-forwarded-for': nextAddress(),
			accept: enhanced ? 'application/json' : 'text/html',
			...(enhanced ? { 'x-sveltekit-action': 'true' } : {}),
			...(cookie ? { cookie } : {}),
			...headers
		},
		body
	});
	const text = await res.text();
	if (path.startsWith('/admin/schedule') && cookie) await scheduleJobSettled(cookie);
	return { status: res.status, text, location: res.headers.get('location') ?? '', path };
}

/**
 * An organiser's schedule run goes on in the background after its 303: wait for it, so its
 * writes are not blamed on the next fuzzed request.
 */
async function scheduleJobSettled(cookie: string): Promise<void> {
	for (let i = 0; i < 300; i++) {
		const res = await fetch(`${server.baseUrl}/admin/schedule/status`, { headers: { cookie } });
		if (res.status !== 200) return;
		const { job } = (await res.json()) as { job: { state: string } | null };
		if (job?.state !== 'running') return;
		await new Promise((r) => setTimeout(r, 100));
	}
}

const ROLES: Role[] = ['anonymous', 'organiser', 'member'];

describe('form-fuzz', () => {
	it('finds the write endpoints in src/routes', () => {
		expect(endpoints.length).toBeGreaterThanOrEqual(5);
		expect(endpoints.map((e) => e.pattern + e.search)).toContain('/signup?/signup');
		console.info(
			`form-fuzz: ${endpoints.length} write endpoints: ${endpoints.map((e) => `${e.method} ${e.pattern}${e.search}`).join(', ')}`
		);
	});

	it.each(ROLES)(
		'answers random, missing and wrongly typed fields as %s with 2xx/3xx/4xx only',
		async (role) => {
			if (role !== 'anonymous') {
				const [user] = queryDemo<{ email: string }>(
					server.databasePath,
					`select email from user where role = ? and password_hash is not null order by id limit 1`,
					role === 'organiser' ? 'organiser' : 'member'
				);
				emails[role] = role === 'organiser' ? ORGANISER_EMAIL : user.email;
				sessions[role] = await signIn(emails[role] as string);
			}
			const problems: string[] = [];
			let requests = 0;
			for (const endpoint of endpoints) {
				await fc
					.assert(
						fc.asyncProperty(attemptFor(endpoint), fc.boolean(), async (attempt, enhanced) => {
							const found = problems.length;
							const before = snapshot();
							const answer = await send(endpoint, role, attempt, enhanced);
							requests++;
							const label = `${role} ${endpoint.method} ${answer.path} -> ${answer.status}`;
							if (answer.status >= 500 || answer.status < 200) problems.push(label);
							if (answer.status === 200 && /"type":"error"/.test(answer.text))
								problems.push(`${label} (error in 200)`);
							if (answer.status >= 400 && answer.status < 500) {
								const after = snapshot();
								const changed = contentTables.filter((t) => after[t] !== before[t]);
								if (changed.length) problems.push(`${label} stored rows in ${changed.join(', ')}`);
							}
							// A fuzzed logout or password change may end the session: sign in again.
							if (
								role !== 'anonymous' &&
								(answer.location.startsWith('/login') || /logout|password/.test(answer.path))
							) {
								sessions[role] = await signIn(emails[role] as string);
							}
							return problems.length === found;
						}),
						{ numRuns: RUNS, seed: 2027, endOnFailure: true }
					)
					.catch((err: unknown) => {
						// A failed property is already in `problems`; anything else (a dropped connection) is not.
						const message = err instanceof Error ? err.message : String(err);
						if (!/Property failed/.test(message)) {
							problems.push(`${endpoint.pattern}${endpoint.search}: ${message.slice(0, 300)}`);
						}
					});
			}
			console.info(`form-fuzz (${role}): ${requests} requests over ${endpoints.length} endpoints`);
			expect(problems).toEqual([]);
		},
		240_000
	);
});
