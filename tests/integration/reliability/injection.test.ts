import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryDemo } from '../../support/demo-db';
import { startServer, type RunningServer } from '../../support/server';
import { countRows, rawGet, runCli } from './http';

/**
 * injection (docs/security.md): SQL and HTML injection strings in every public query parameter and
 * in the text fields of an import file. They are stored literally, rendered escaped, and the
 * tables they try to drop are still there. Its own server, since the test writes.
 */
const NAME = `<img src=x onerror=alert(1)>'); DROP TABLE organisation;--`;
const PAYLOADS = [
	"' OR '1'='1",
	'1; DROP TABLE organisation; --',
	"' UNION SELECT password_hash FROM user --",
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'{{7*7}}${7*7}',
	'" OR "" = "',
	'a" NEAR b',
	'* AND ^ OR -',
	"%' --",
	'\\x27\\x22',
	NAME
];
const PARAMETERS = ['q', 'sector', 'kind', 'country', 'type', 'limit', 'offset', 'locale'];
/** Raw markup an attack would need in the page: none of it may come back unescaped. */
const DANGEROUS = ['<img src=x', '<script>alert', '"><img'];

let server: RunningServer;
let dir: string;

beforeAll(async () => {
	server = await startServer();
	dir = mkdtempSync(join(tmpdir(), 'extemin-injection-'));
});
afterAll(async () => {
	await server?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

function expectNoRawMarkup(html: string, label: string) {
	for (const fragment of DANGEROUS)
		expect(html.includes(fragment), `${label}: ${fragment}`).toBe(false);
}

describe('injection in query parameters', () => {
	const pages = () => {
		const [org] = queryDemo<{ slug: string }>(
			server.databasePath,
			'select slug from organisation limit 1'
		);
		return ['/', '/api/search', '/floor', `/exhibitors/${org.slug}`, '/signup', '/login'];
	};

	it('answers every public parameter x payload with 2xx/4xx, escaped, tables intact', async () => {
		const organisations = countRows(server.databasePath, 'organisation');
		for (const page of pages()) {
			for (const name of PARAMETERS) {
				for (const payload of PAYLOADS) {
					const target = `${page}?${name}=${encodeURIComponent(payload)}`;
					const res = await rawGet(server.baseUrl, target);
					expect(res.status, target).toBeGreaterThanOrEqual(200);
					expect(res.status, target).toBeLessThan(500);
					// JSON echoes the text literally (the contract); HTML must escape it.
					if (/content-type:\s*text\/html/i.test(res.headers)) expectNoRawMarkup(res.body, target);
					else
						expect(res.headers, target).toMatch(/content-type:\s*(application\/json|text\/plain)/i);
				}
			}
		}
		expect(countRows(server.databasePath, 'organisation')).toBe(organisations);
	}, 120_000);

	it('echoes the search text literally and keeps snippets to escaped text and <mark>', async () => {
		for (const payload of PAYLOADS) {
			const res = await fetch(`${server.baseUrl}/api/search?q=${encodeURIComponent(payload)}`);
			expect(res.status, payload).toBe(200);
			const body = (await res.json()) as { query: string; hits: { snippet: string }[] };
			expect(body.query).toBe(payload);
			for (const hit of body.hits) {
				expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
			}
		}
	});
});

describe('injection in an imported file', () => {
	const slug = 'inyeccion-prueba';
	const file = () => {
		const path = join(dir, 'injection.json');
		writeFileSync(
			path,
			JSON.stringify({
				organisations: [
					{
						slug,
						name: NAME,
						kind: 'company',
						country: 'PE',
						city: "Arequipa'; DELETE FROM user; --",
						website: 'https://example.pe/?q=<script>',
						sectors: ['ai'],
						tags: ['<script>alert(1)</script>', "' OR 1=1 --"],
						description: { es: '<b onmouseover=alert(1)>negrita</b> %00 \u202e', en: NAME },
						exhibitor: {}
					}
				],
				innovations: [
					{
						slug: 'inyeccion-innovacion',
						organisation: slug,
						title: { es: `<svg onload=alert(1)> ${NAME}`, en: '" onfocus="alert(1)' },
						summary: { es: "'; UPDATE user SET role='organiser'; --" },
						sector: 'ai',
						trl: 5,
						tags: ['"><img src=x onerror=alert(1)>']
					}
				]
			})
		);
		return path;
	};

	it('stores the text literally and renders it escaped on the exhibitor page', async () => {
		const organisations = countRows(server.databasePath, 'organisation');
		const organisers = queryDemo<{ n: number }>(
			server.databasePath,
			`select count(*) as n from user where role = 'organiser'`
		)[0].n;
		const result = await runCli(['import', file()], server.databasePath);
		expect(result.code, result.stderr).toBe(0);

		const [stored] = queryDemo<{ name: string; city: string; tags: string }>(
			server.databasePath,
			'select name, city, tags from organisation where slug = ?',
			slug
		);
		expect(stored.name).toBe(NAME);
		expect(stored.city).toBe("Arequipa'; DELETE FROM user; --");
		expect(JSON.parse(stored.tags)).toContain('<script>alert(1)</script>');
		expect(countRows(server.databasePath, 'organisation')).toBe(organisations + 1);
		expect(
			queryDemo<{ n: number }>(
				server.databasePath,
				`select count(*) as n from user where role = 'organiser'`
			)[0].n
		).toBe(organisers);

		const page = await fetch(`${server.baseUrl}/exhibitors/${slug}`);
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
		expectNoRawMarkup(html, 'exhibitor page');
		expect(html).not.toContain('<b onmouseover');
		expect(html).not.toContain('<svg onload');
	});

	it('finds the imported record through search once the outbox drains, still escaped', async () => {
		let hits: { slug: string; title: string; snippet: string }[] = [];
		for (let attempt = 0; attempt < 40 && !hits.some((h) => h.slug === slug); attempt++) {
			const res = await fetch(
				`${server.baseUrl}/api/search?q=${encodeURIComponent('onerror alert')}`
			);
			hits = ((await res.json()) as { hits: typeof hits }).hits;
			if (!hits.some((h) => h.slug === slug)) await new Promise((r) => setTimeout(r, 250));
		}
		const hit = hits.find((h) => h.slug === slug);
		expect(hit?.title).toBe(NAME);
		expect(hit?.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
	});
});
