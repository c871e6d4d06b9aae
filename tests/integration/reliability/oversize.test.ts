import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentMemoryMb, startServer, type RunningServer } from '../../support/server';
import { countRows, rawGet, rawPost } from './http';

/**
 * oversize (docs/security.md): a 1 MB field, a 64 KB query string and 10,000 parameters get a 4xx
 * without the server reading them into work, and the server's memory stays flat over
 * repeated abuse. Its own server, so the RSS figure belongs to this test alone.
 */
let server: RunningServer;

beforeAll(async () => {
	server = await startServer();
});
afterAll(() => server?.stop());

const form = { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' };
const megabyte = 'x'.repeat(1024 * 1024);

function multipart(fields: Record<string, string>): { body: Buffer; type: string } {
	const boundary = 'oversize-boundary';
	const parts = Object.entries(fields).map(
		([name, value]) =>
			`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
	);
	return {
		body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`),
		type: `multipart/form-data; boundary=${boundary}`
	};
}

/**
 * Past Node's header limit or BODY_SIZE_LIMIT the server answers and closes while the client
 * is still sending; the kernel may then reset the connection and the answer is lost (status
 * 0 here). Either is a refusal without a server error.
 */
const REFUSED_OR_RESET = (status: number) => [0, 413, 431].includes(status);

/** Every abuse of one round, with the status each must get. */
async function abuseOnce(baseUrl: string): Promise<void> {
	const bigForm = await rawPost(
		baseUrl,
		'/signup?/signup',
		`name=${megabyte}&email=a%40b.pe`,
		form
	);
	expect(bigForm.status, 'a 1 MB urlencoded field').toBe(413);
	const bigJsonAction = await rawPost(baseUrl, '/language', `locale=${megabyte}`, {
		...form,
		accept: 'application/json'
	});
	expect(bigJsonAction.status, 'a 1 MB field to an endpoint').toBe(413);

	const upload = multipart({ name: megabyte, email: 'not-an-email', password: megabyte });
	const bigMultipart = await rawPost(baseUrl, '/signup?/signup', upload.body, {
		'content-type': upload.type,
		accept: 'text/html'
	});
	expect(bigMultipart.status, 'a 1 MB multipart field').toBe(400);

	const huge = multipart({ name: 'x'.repeat(5 * 1024 * 1024) });
	const overLimit = await rawPost(baseUrl, '/signup?/signup', huge.body, {
		'content-type': huge.type
	});
	expect(
		REFUSED_OR_RESET(overLimit.status),
		`a body over BODY_SIZE_LIMIT: ${overLimit.status}`
	).toBe(true);

	const longQuery = await rawGet(baseUrl, `/api/search?q=${'x'.repeat(64 * 1024)}`);
	expect(REFUSED_OR_RESET(longQuery.status), `64 KB query string: ${longQuery.status}`).toBe(true);
	const midQuery = await rawGet(baseUrl, `/api/search?q=${'x'.repeat(9 * 1024)}`);
	expect(midQuery.status, '9 KB query string').toBe(414);
	const manyParams = await rawGet(baseUrl, `/api/search?${'sector=ai&'.repeat(10_000)}`);
	expect(REFUSED_OR_RESET(manyParams.status), `10,000 parameters: ${manyParams.status}`).toBe(true);
	const shortManyParams = await rawGet(baseUrl, `/?${'a&'.repeat(1_500)}`);
	expect(shortManyParams.status, '1,500 short parameters').toBe(400);

	const manyFields = await rawPost(baseUrl, '/signup?/signup', 'a=&'.repeat(10_000), form);
	expect(manyFields.status, '10,000 form fields').toBe(400);
}

describe('oversize', () => {
	it('refuses a 1 MB urlencoded field at once, before the action reads it', async () => {
		const res = await rawPost(server.baseUrl, '/signup?/signup', `name=${megabyte}`, form);
		expect(res.status).toBe(413);
		expect(res.body).toMatch(/demasiado grande|too large/);
		// Loose bound for a loaded 2-core machine: the point is "no minute-long parse".
		expect(res.ms).toBeLessThan(5_000);
	});

	it('answers every abuse with its 4xx, stores nothing, and keeps memory flat', async () => {
		const pid = server.process.pid;
		const users = countRows(server.databasePath, 'user');
		// Warm-up: the heap grows to its working size on the first megabyte strings.
		for (let round = 0; round < 5; round++) await abuseOnce(server.baseUrl);
		const before = residentMemoryMb(pid);
		for (let round = 0; round < 15; round++) await abuseOnce(server.baseUrl);
		const after = residentMemoryMb(pid);
		expect(countRows(server.databasePath, 'user')).toBe(users);
		expect(before).not.toBeNull();
		const growth = (after ?? 0) - (before ?? 0);
		console.info(
			`oversize: server RSS ${before?.toFixed(1)} MB -> ${after?.toFixed(1)} MB over 15 rounds`
		);
		expect(growth).toBeLessThan(50);
		const health = await fetch(`${server.baseUrl}/healthz`);
		expect(health.status).toBe(200);
	}, 120_000);
});
