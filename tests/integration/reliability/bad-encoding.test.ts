import { describe, expect, it } from 'vitest';
import { exhibitorWithBooth, queryDemo } from '../../support/demo-db';
import { countRows, rawGet, rawPost } from './http';
import { sharedServer } from '../../support/shared-server';

/**
 * bad-encoding (docs/security.md): invalid UTF-8, bad escapes, NUL and lone surrogates in paths,
 * query strings and form bodies. Every answer is 2xx/3xx/4xx; escapes that cannot be decoded
 * and NUL bytes are refused at the edge with 400, and nothing is stored.
 */
const baseUrl = sharedServer().baseUrl;
const databasePath = sharedServer().databasePath;

const exhibitor = exhibitorWithBooth(databasePath);
const [innovation] = queryDemo<{ slug: string }>(
	databasePath,
	'select slug from innovation limit 1'
);

/** One page of each type, the search API and the data endpoint SvelteKit adds to pages. */
const PAGES = [
	'/',
	`/exhibitors/${exhibitor.slug}`,
	`/innovations/${innovation.slug}`,
	'/floor',
	'/login',
	'/signup',
	'/api/search',
	'/healthz'
];
/**
 * SvelteKit rewrites the query of its data requests before the hooks see it, so a bad escape
 * there arrives normalised (`%ZZ` is read as the text "%ZZ"): 200 or 400, never 5xx.
 */
const DATA_PAGES = ['/__data.json', `/exhibitors/${exhibitor.slug}/__data.json`];

/** Query strings that must be refused (400): they cannot be decoded, or carry a NUL. */
const REFUSED_QUERIES = [
	'q=%ZZ',
	'q=100%',
	'q=%ED%A0%80',
	'q=%ED%BF%BF',
	'q=%C0%AF',
	'q=%FF%FE',
	'q=%E2%82',
	'%ZZ=1',
	'q=a%00b',
	'sector=%00'
];

/** Decodable but hostile: overlong-looking text, controls, noncharacters, RTL overrides. */
const ACCEPTED_QUERIES = [
	'q=%EF%BF%BD',
	'q=%EF%BF%BF',
	'q=%E2%80%AE%E2%80%8B',
	'q=%01%02%1F',
	'q=%F0%9F%92%A3',
	'q=%25ED%25A0%2580',
	'q=+++',
	'q=&q=&sector=&sector='
];

describe('bad-encoding: query strings', () => {
	it.each(PAGES)('refuses undecodable escapes and NUL on %s with a short 400', async (page) => {
		for (const query of REFUSED_QUERIES) {
			const res = await rawGet(baseUrl, `${page}?${query}`);
			expect(res.status, `${page}?${query}`).toBe(400);
			expect(res.body.length, `${page}?${query}`).toBeLessThan(300);
		}
	});

	it.each(DATA_PAGES)('normalises or refuses bad escapes on %s', async (page) => {
		for (const query of REFUSED_QUERIES) {
			const res = await rawGet(baseUrl, `${page}?${query}`);
			expect([200, 400], `${page}?${query}`).toContain(res.status);
		}
	});

	it.each([...PAGES, ...DATA_PAGES])(
		'answers decodable hostile text on %s without a server error',
		async (page) => {
			for (const query of ACCEPTED_QUERIES) {
				const res = await rawGet(baseUrl, `${page}?${query}`);
				expect(res.status, `${page}?${query}`).toBeGreaterThanOrEqual(200);
				expect(res.status, `${page}?${query}`).toBeLessThan(500);
			}
		}
	);

	it('sends raw bytes that are not UTF-8 (and not ASCII) only to 4xx', async () => {
		for (const target of [
			'/?q=\xff\xfe',
			'/api/search?q=\xc3',
			`/exhibitors/${exhibitor.slug}\xed\xa0\x80`
		]) {
			const res = await rawGet(baseUrl, target);
			expect(res.status, JSON.stringify(target)).toBeGreaterThanOrEqual(400);
			expect(res.status, JSON.stringify(target)).toBeLessThan(500);
		}
	});
});

describe('bad-encoding: paths', () => {
	const paths = [
		'/exhibitors/%ED%A0%80',
		'/exhibitors/%ZZ',
		'/exhibitors/%00',
		'/exhibitors/a%2500',
		'/exhibitors/%C0%AF',
		'/innovations/%ED%BF%BF',
		'/innovations/%E2%82',
		'/%FF',
		'/exhibitors/%25ED%25A0%2580',
		'/exhibitors/%ED%A0%80/__data.json',
		'/uploads/%00.png',
		'/uploads/..%2F..%2Fetc%2Fpasswd'
	];

	it.each(paths)('answers %s with a 4xx', async (path) => {
		const res = await rawGet(baseUrl, path);
		expect(res.status).toBeGreaterThanOrEqual(400);
		expect(res.status).toBeLessThan(500);
	});
});

describe('bad-encoding: form bodies', () => {
	const form = { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' };
	const bodies: [string, Buffer | string, Record<string, string>][] = [
		['invalid UTF-8 bytes', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3d, 0xff, 0xfe, 0xc3]), form],
		['an escaped lone surrogate', 'name=%ED%A0%80&email=%ED%A0%80%40x.pe', form],
		['bad escapes', 'name=%ZZ&email=%&%ZZ=%E2%82', form],
		['NUL bytes', 'name=a%00b&email=a%00%40x.pe', form],
		['raw NUL bytes', Buffer.from('name=a\u0000b&email=\u0000', 'latin1'), form],
		[
			'multipart with invalid UTF-8 in names and values',
			Buffer.concat([
				Buffer.from('--b\r\ncontent-disposition: form-data; name="na\xffme"\r\n\r\n', 'latin1'),
				Buffer.from([0xed, 0xa0, 0x80, 0x00, 0xff]),
				Buffer.from(
					'\r\n--b\r\ncontent-disposition: form-data; name="email"\r\n\r\n\xc3\r\n--b--\r\n',
					'latin1'
				)
			]),
			{ 'content-type': 'multipart/form-data; boundary=b', accept: 'text/html' }
		],
		[
			'a truncated multipart body (400 at the edge)',
			'--b\r\ncontent-disposition: form-data; name="name"\r\n\r\nabc',
			{
				'content-type': 'multipart/form-data; boundary=b'
			}
		],
		[
			'JSON with a lone surrogate',
			'{"name":"\\ud800","email":"\\udfff"}',
			{ 'content-type': 'application/json' }
		],
		[
			'an unknown charset',
			'name=%E9',
			{ 'content-type': 'application/x-www-form-urlencoded; charset=latin1' }
		]
	];
	// Not /login or /forgot-password: their per-address throttles are shared with other suites.
	const targets = ['/signup?/signup', '/language'];

	it.each(bodies)(
		'answers %s with 2xx/3xx/4xx and stores no account',
		async (_label, body, headers) => {
			const users = countRows(databasePath, 'user');
			for (const target of targets) {
				const variants: Record<string, string>[] = [
					{},
					{ accept: 'application/json', 'x-sveltekit-action': 'true' }
				];
				for (const extra of variants) {
					const res = await rawPost(baseUrl, target, body, { ...headers, ...extra });
					expect(res.status, `${target} ${JSON.stringify(extra)}`).toBeGreaterThanOrEqual(200);
					expect(res.status, `${target} ${JSON.stringify(extra)}`).toBeLessThan(500);
					// Enhanced actions report failures inside a 200; a server error must not hide there.
					if (res.status === 200) expect(res.body).not.toMatch(/"type":"error"/);
				}
			}
			expect(countRows(databasePath, 'user')).toBe(users);
		}
	);
});
