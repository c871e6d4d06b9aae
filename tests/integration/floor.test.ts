import { beforeAll, describe, expect, it } from 'vitest';
import { exhibitorWithBooth, queryDemo } from '../support/demo-db';
import { call, signIn } from './auth-client';
import { sharedServer } from '../support/shared-server';

const databasePath = sharedServer().databasePath;
const one = <T>(sql: string) => queryDemo<T>(databasePath, sql)[0];
// A hall of its own, so this file never moves booths other tests rely on.
const HALL = `T${Date.now() % 100000}`;
let organiser = '';
let attendee = '';

beforeAll(async () => {
	organiser = await signIn('organizador@extemin.pe');
	const { email } = one<{ email: string }>(
		`select email from user where role = 'attendee' order by id limit 1`
	);
	attendee = await signIn(email);
});

describe('public floor plan', () => {
	it('draws every booth with data-booth and assigned ones with data-exhibitor', async () => {
		const page = await call('/floor?hall=P1');
		expect(page.status).toBe(200);
		const booths = page.text.match(/data-booth="P1-\d{3}"/g) ?? [];
		const total = one<{ n: number }>(
			`select count(*) as n from booth b join hall h on h.id = b.hall_id where h.code = 'P1'`
		).n;
		expect(booths.length).toBe(total);
		expect(page.text).toMatch(/data-booth="P1-\d{3}"[^>]*data-exhibitor="[a-z0-9-]+"/);
	});

	it('opens a deep link on its hall with the booth highlighted and its exhibitor shown', async () => {
		const exhibitor = exhibitorWithBooth(databasePath);
		const page = await call(`/floor?booth=${exhibitor.booth}`);
		expect(page.status).toBe(200);
		expect(page.text).toMatch(
			new RegExp(
				`data-booth="${exhibitor.booth}" data-exhibitor="${exhibitor.slug}" data-highlighted="true"`
			)
		);
		expect(page.text).toContain(`data-panel-booth="${exhibitor.booth}"`);
		expect(page.text).toContain(`href="/exhibitors/${exhibitor.slug}"`);
	});
});

describe('booth search and deep links across pavilions', () => {
	it('finds a booth of another pavilion and opens that pavilion on it, without JavaScript', async () => {
		const { code } = one<{ code: string }>(
			`select b.code from booth b join hall h on h.id = b.hall_id where h.code = 'P4' order by b.code limit 1 offset 9`
		);
		const page = await call(`/floor?hall=P1&q=${code.toLowerCase()}`);
		expect(page.status).toBe(200);
		expect(page.text).toContain(`data-hall="P4"`);
		expect(page.text).toContain(`data-panel-booth="${code}"`);
	});

	it('finds an exhibitor by part of its name, accents folded', async () => {
		const exhibitor = exhibitorWithBooth(databasePath);
		const word = exhibitor.name
			.split(' ')[0]
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '');
		const page = await call(`/floor?q=${encodeURIComponent(word.toUpperCase())}`);
		expect(page.text).toMatch(/data-panel-booth="[A-Z0-9]+-\d+"/);
		expect(page.text).not.toContain('data-testid="search-not-found"');
	});

	it('says so when nothing matches in any pavilion', async () => {
		const page = await call('/floor?q=zzqx');
		expect(page.status).toBe(200);
		expect(page.text).toContain('data-testid="search-not-found"');
		expect(page.text).toContain('«zzqx»');
	});

	it('says that a deep-linked booth does not exist', async () => {
		const page = await call('/floor?booth=ZZ-999');
		expect(page.status).toBe(200);
		expect(page.text).toContain('data-testid="booth-missing"');
		expect(page.text).toContain('El stand ZZ-999 no existe');
	});

	it('counts the pavilions in the introduction from the data', async () => {
		const page = await call('/floor');
		const tabs = page.text.match(/href="\/floor\?hall=[A-Z0-9]+"/g) ?? [];
		expect(tabs.length).toBeGreaterThanOrEqual(6);
		expect(page.text).toContain(`en los ${tabs.length} pabellones`);
	});
});

describe('CSV exports', () => {
	it('are for organisers only', async () => {
		expect((await call('/admin/reports/occupancy.csv')).status).toBe(303);
		expect((await call('/admin/reports/occupancy.csv', { cookie: attendee })).status).toBe(403);
		const csv = await call('/admin/reports/occupancy.csv', { cookie: organiser });
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-type')).toContain('text/csv');
		// fetch strips the BOM that spreadsheet programs need, so only the header is checked here.
		expect(csv.text).toMatch(/^\ufeff?pabellon,nombre,stands,ocupados/);
		expect(csv.text).toContain('\r\nP1,');
		expect((await call('/admin/reports/nope.csv', { cookie: organiser })).status).toBe(404);
	});
});

describe('floor editor over plain forms', () => {
	it('creates a hall, generates its grid, refuses an overlap and places an exhibitor the public plan shows', async () => {
		const post = (action: string, form: Record<string, string>) =>
			call(`/admin/floor?/${action}`, { cookie: organiser, form });
		const created = await post('createHall', {
			code: HALL,
			name_es: 'Prueba',
			name_en: 'Test',
			width: '30',
			depth: '15'
		});
		expect(created.status).toBe(303);
		const grid = await post('grid', {
			hall: HALL,
			boothWidth: '3',
			boothDepth: '3',
			aisle: '2',
			blockLength: '4'
		});
		expect(grid.status).toBe(303);

		const overlap = await post('addBooth', {
			hall: HALL,
			code: `${HALL}-900`,
			x: '3',
			y: '3',
			width: '3',
			depth: '3'
		});
		expect(overlap.status).toBe(409);
		expect(overlap.text).toContain(`El stand ${HALL}-900 se superpone con el stand ${HALL}-001.`);

		const target = one<{ id: number; slug: string }>(
			`select e.id, o.slug from exhibitor e join organisation o on o.id = e.organisation_id
			 where e.status = 'approved' order by e.id desc limit 1`
		);
		const assigned = await post('assign', {
			hall: HALL,
			booth: `${HALL}-001`,
			exhibitor: String(target.id)
		});
		expect(assigned.status).toBe(303);
		const plan = await call(`/floor?booth=${HALL}-001`);
		expect(plan.text).toContain(`data-booth="${HALL}-001" data-exhibitor="${target.slug}"`);
		const audit = one<{ n: number }>(
			`select count(*) as n from audit_log where target_id like '${HALL}%' or target_id = '${target.slug}'`
		);
		expect(audit.n).toBeGreaterThanOrEqual(3);
	});
});
