import { describe, expect, it } from 'vitest';
import { call, signIn } from './auth-client';
import { exhibitorWithBooth, queryDemo } from '../support/demo-db';
import { ORGANISER_EMAIL } from '../../src/lib/server/seed/people';
import { sharedServer } from '../support/shared-server';

const baseUrl = sharedServer().baseUrl;
const databasePath = sharedServer().databasePath;

async function get(path: string, headers: Record<string, string> = {}) {
	const res = await fetch(`${baseUrl}${path}`, { headers, redirect: 'manual' });
	return { status: res.status, text: await res.text(), headers: res.headers };
}

const ENGLISH_BROWSER = { cookie: 'locale=en', 'accept-language': 'en-GB,en;q=0.9' };

function alternates(html: string): Record<string, string> {
	const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
	return Object.fromEntries(links.map((m) => [m[1], m[2]]));
}

describe('English has URLs of its own', () => {
	it('serves /en and /en/exhibitors in English', async () => {
		const home = await get('/en');
		expect(home.status).toBe(200);
		expect(home.text).toContain('<html lang="en"');
		expect(home.text).toContain('Technology for the mining of the future');

		const list = await get('/en/exhibitors');
		expect(list.status).toBe(200);
		expect(list.text).toContain('<html lang="en"');
		expect(list.text).toContain('Exhibitors and innovations');
		expect(list.text).toContain('href="/en/floor"');
	});

	it('serves /exhibitors in Spanish whatever the cookie and Accept-Language say', async () => {
		const page = await get('/exhibitors', ENGLISH_BROWSER);
		expect(page.status).toBe(200);
		expect(page.text).toContain('<html lang="es"');
		expect(page.text).toContain('Expositores e innovaciones');
		const spanishCookie = await get('/en/exhibitors', { cookie: 'locale=es' });
		expect(spanishCookie.text).toContain('<html lang="en"');
	});

	it('links both editions of every public page with hreflang', async () => {
		const exhibitor = exhibitorWithBooth(databasePath);
		for (const path of ['/', '/exhibitors', '/floor', `/exhibitors/${exhibitor.slug}`]) {
			const english = path === '/' ? '/en' : `/en${path}`;
			for (const url of [path, english]) {
				const links = alternates((await get(url)).text);
				expect(links, url).toEqual({
					es: `${baseUrl}${path}`,
					en: `${baseUrl}${english}`,
					'x-default': `${baseUrl}${path}`
				});
			}
		}
	});

	it('lets the cookie pick the default of / only, and says so with Vary', async () => {
		const english = await get('/', { cookie: 'locale=en' });
		expect(english.status).toBe(302);
		expect(english.headers.get('location')).toBe('/en');
		expect(english.headers.get('vary')).toMatch(/Cookie/);
		expect(english.headers.get('vary')).toMatch(/Accept-Language/);

		const browser = await get('/?sector=ai', { 'accept-language': 'en-GB,en;q=0.9' });
		expect(browser.status).toBe(302);
		expect(browser.headers.get('location')).toBe('/en?sector=ai');

		const spanish = await get('/', { cookie: 'locale=es', 'accept-language': 'en' });
		expect(spanish.status).toBe(200);
		expect(spanish.text).toContain('<html lang="es"');
		expect(spanish.headers.get('vary')).toMatch(/Cookie/);

		// The language of an explicit URL depends on nothing else: no Vary needed there.
		expect((await get('/en/exhibitors')).headers.get('vary') ?? '').not.toMatch(/Cookie/);
		expect((await get('/api/search?q=agua')).headers.get('vary')).toMatch(/Accept-Language/);
	});

	it('switches to the same page in the other language and remembers it for /', async () => {
		const reply = await call('/language', {
			form: { locale: 'en', redirectTo: '/exhibitors?q=agua' }
		});
		expect(reply.status).toBe(303);
		expect(reply.location).toBe('/en/exhibitors?q=agua');
		expect(reply.headers.get('set-cookie')).toContain('locale=en');
		const back = await call('/language', { form: { locale: 'es', redirectTo: '/en/floor' } });
		expect(back.location).toBe('/floor');
		const offsite = await call('/language', {
			form: { locale: 'es', redirectTo: '/en//evil.example' }
		});
		expect(offsite.location).toBe('/');
	});

	it('keeps the language through sign-in redirects and form posts', async () => {
		const anonymous = await call('/en/me');
		expect(anonymous.status).toBe(303);
		expect(anonymous.location).toBe(`/en/login?redirectTo=${encodeURIComponent('/en/me')}`);

		const login = await call('/en/login?/login', {
			form: { email: ORGANISER_EMAIL, password: 'extemin-demo-2027', redirectTo: '/me' }
		});
		expect(login.status).toBe(303);
		expect(login.location).toBe('/en/me');

		const cookie = await signIn(ORGANISER_EMAIL);
		const [org] = queryDemo<{ id: number; slug: string }>(
			databasePath,
			'select id, slug from organisation order by id limit 1'
		);
		const saved = await call('/en/me/bookmarks?/toggle', {
			cookie,
			form: { type: 'organisation', targetId: String(org.id), want: '1', redirectTo: '/en/me' }
		});
		expect(saved.status).toBe(303);
		expect(saved.location).toBe('/en/me');
		const logout = await call('/en/logout', { cookie, form: {} });
		expect(logout.location).toBe('/en');
	});
});

describe('every message a person sees is in their language', () => {
	it('explains a bad search parameter in Spanish on a Spanish page', async () => {
		const page = await get('/exhibitors?offset=abc', ENGLISH_BROWSER);
		expect(page.status).toBe(400);
		expect(page.text).toContain('<html lang="es"');
		expect(page.text).toContain('La posición de inicio (offset) debe ser un número entero');
		expect(page.text).not.toContain('must be an integer');

		const english = await get('/en/exhibitors?limit=0');
		expect(english.status).toBe(400);
		expect(english.text).toContain('The number of results per page (limit) must be a whole number');
	});

	it('keeps the API error machine-readable and adds a message in the locale', async () => {
		const res = await get('/api/search?offset=-1', { 'accept-language': 'es-PE' });
		expect(res.status).toBe(400);
		const body = JSON.parse(res.text);
		expect(body.error).toBe('offset: must be an integer from 0 to 10000');
		expect(body.field).toBe('offset');
		expect(body.message).toContain('La posición de inicio (offset)');
	});

	it('shows tags in the reader language', async () => {
		const [org] = queryDemo<{ slug: string }>(
			databasePath,
			`select slug from organisation where tags like '%"gemelo digital"%' order by id limit 1`
		);
		const es = await get(`/exhibitors/${org.slug}`);
		expect(es.text).toContain('>gemelo digital</li>');
		const en = await get(`/en/exhibitors/${org.slug}`);
		expect(en.text).toContain('>digital twin</li>');
		expect(en.text).not.toContain('>gemelo digital</li>');

		const [innovation] = queryDemo<{ slug: string; tags: string }>(
			databasePath,
			`select slug, tags from innovation where tags like '%"biolixiviación"%' order by id limit 1`
		);
		const enInnovation = await get(`/en/innovations/${innovation.slug}`);
		expect(enInnovation.text).toContain('>bioleaching</li>');
		expect(enInnovation.text).not.toContain('biolixiviación</li>');
	});

	it('finds an organisation by its English tag', async () => {
		const res = await get('/api/search?q=bioleaching&locale=en');
		const body = JSON.parse(res.text) as { estimatedTotalHits: number };
		expect(body.estimatedTotalHits).toBeGreaterThan(0);
	});

	it('names countries in bookmarks and applications instead of showing codes', async () => {
		const cookie = await signIn(ORGANISER_EMAIL);
		const [canadian] = queryDemo<{ id: number }>(
			databasePath,
			`select id from organisation where country = 'CA' order by id limit 1`
		);
		await call('/me/bookmarks?/toggle', {
			cookie,
			form: { type: 'organisation', targetId: String(canadian.id), want: '1', redirectTo: '/me' }
		});
		expect((await call('/me/bookmarks', { cookie })).text).toMatch(/Canadá/);
		expect((await call('/en/me/bookmarks', { cookie })).text).toMatch(/Canada\b/);

		const applications = await call('/admin/applications?status=all', { cookie });
		expect(applications.status).toBe(200);
		expect(applications.text).not.toMatch(/· [A-Z]{2}<\/td>/);
		expect(applications.text).toMatch(/· (Perú|Chile|Canadá|[A-ZÁÉÍÓÚ][a-záéíóúñ]+)[^<]*<\/td>/);
	});
});
