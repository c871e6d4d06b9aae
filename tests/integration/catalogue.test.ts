import { describe, expect, it } from 'vitest';
import { exhibitorWithBooth, queryDemo } from '../support/demo-db';
import { sharedServer } from '../support/shared-server';

const baseUrl = sharedServer().baseUrl;
const databasePath = sharedServer().databasePath;

async function get(path: string, headers: Record<string, string> = {}) {
	const res = await fetch(`${baseUrl}${path}`, { headers, redirect: 'manual' });
	return { status: res.status, text: await res.text(), headers: res.headers };
}

describe('public catalogue pages', () => {
	it('serves the home page with the event at a glance in Spanish by default', async () => {
		const { status, text } = await get('/');
		expect(status).toBe(200);
		expect(text).toContain('<html lang="es"');
		expect(text).toContain('Tecnología para la minería del futuro');
		expect(text).toMatch(/Pabellones/);
	});

	it('follows Accept-Language and the language cookie', async () => {
		// `/` sends an English default to `/en` (tests/integration/languages.test.ts has the rest).
		const english = await get('/', { 'accept-language': 'en-GB,en;q=0.9' });
		expect(english.status).toBe(302);
		expect(english.headers.get('location')).toBe('/en');
		const cookie = await get('/', { 'accept-language': 'en', cookie: 'locale=es' });
		expect(cookie.text).toContain('<html lang="es"');
	});

	it('shows an exhibitor with its booth, and an innovation with its organisation', async () => {
		const exhibitor = exhibitorWithBooth(databasePath);
		const page = await get(`/exhibitors/${exhibitor.slug}`);
		expect(page.status).toBe(200);
		expect(page.text).toContain(exhibitor.booth);
		expect(page.text).toContain(`/floor?booth=${exhibitor.booth}`);

		const [innovation] = queryDemo<{ slug: string; title_es: string }>(
			databasePath,
			'select slug, title_es from innovation order by id limit 1'
		);
		const innovationPage = await get(`/innovations/${innovation.slug}`);
		expect(innovationPage.status).toBe(200);
		expect(innovationPage.text).toContain(escapeHtml(innovation.title_es));
	});

	it('answers an unknown slug with a 404 page in the visitor language', async () => {
		const es = await get('/exhibitors/no-existe-esta-empresa');
		expect(es.status).toBe(404);
		expect(es.text).toContain('No encontramos esta página');
		const en = await get('/en/innovations/does-not-exist');
		expect(en.status).toBe(404);
		expect(en.text).toContain('We could not find this page');
	});

	it('switches language with a form post and refuses a cross-origin one', async () => {
		const ok = await fetch(`${baseUrl}/language`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
			body: 'locale=en&redirectTo=%2Fexhibitors'
		});
		expect(ok.status).toBe(303);
		expect(ok.headers.get('location')).toBe('/en/exhibitors');
		expect(ok.headers.get('set-cookie')).toContain('locale=en');

		const offsite = await fetch(`${baseUrl}/language`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
			body: 'locale=en&redirectTo=%2F%2Fevil.example'
		});
		expect(offsite.headers.get('location')).toBe('/en');

		const bad = await fetch(`${baseUrl}/language`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
			body: 'locale=fr'
		});
		expect(bad.status).toBe(400);

		const cross = await fetch(`${baseUrl}/language`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: 'https://evil.example'
			},
			body: 'locale=en'
		});
		expect(cross.status).toBe(403);
	});
});

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
